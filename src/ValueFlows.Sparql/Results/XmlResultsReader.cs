using System.Xml;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Results;

/// <summary>Reads SPARQL Query Results XML; DTDs are refused and nothing external is resolved.</summary>
internal static class XmlResultsReader
{
    public static SparqlResults Read(Stream input)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        using var xml = XmlReader.Create(input, settings);
        try
        {
            return Document(xml);
        }
        catch (XmlException e)
        {
            throw ResultsText.Error("Invalid XML: " + e.Message, Math.Max(0, e.LineNumber - 1), Math.Max(0, e.LinePosition - 1));
        }
    }

    private static SparqlResults Document(XmlReader xml)
    {
        xml.MoveToContent();
        Expect(xml, "sparql");
        var variables = new List<Variable>();
        List<Dictionary<string, Term>>? rows = null;
        bool? boolean = null;
        if (xml.IsEmptyElement)
        {
            throw Error(xml, "Missing <head>");
        }

        Next(xml);
        while (xml.NodeType == XmlNodeType.Element)
        {
            if (xml.NamespaceURI != XmlResultsWriter.Namespace)
            {
                SkipElement(xml);
                continue;
            }

            switch (xml.LocalName)
            {
                case "head":
                    Head(xml, variables);
                    break;
                case "results":
                    rows = Results(xml);
                    break;
                case "boolean":
                    boolean = xml.ReadElementContentAsString().Trim() switch
                    {
                        "true" => true,
                        "false" => false,
                        _ => throw Error(xml, "<boolean> must hold true or false"),
                    };
                    xml.MoveToContent();
                    break;
                default:
                    SkipElement(xml);
                    break;
            }
        }

        if (boolean is { } value)
        {
            return new SparqlResults(value);
        }

        if (rows is null)
        {
            throw Error(xml, "Missing <results> or <boolean>");
        }

        foreach (var name in rows.SelectMany(r => r.Keys))
        {
            var variable = new Variable(name);
            if (!variables.Contains(variable))
            {
                variables.Add(variable);
            }
        }

        return new SparqlResults(
            variables, rows.Select(row => (IReadOnlyList<Term?>)[.. variables.Select(v => row.GetValueOrDefault(v.Name))]));
    }

    private static void Head(XmlReader xml, List<Variable> variables)
    {
        if (xml.IsEmptyElement)
        {
            Next(xml);
            return;
        }

        Next(xml);
        while (xml.NodeType == XmlNodeType.Element)
        {
            if (xml.LocalName == "variable" && xml.NamespaceURI == XmlResultsWriter.Namespace)
            {
                variables.Add(new Variable(xml.GetAttribute("name") ?? throw Error(xml, "<variable> needs a name")));
            }

            SkipElement(xml);
        }

        End(xml);
    }

    private static List<Dictionary<string, Term>> Results(XmlReader xml)
    {
        var rows = new List<Dictionary<string, Term>>();
        if (xml.IsEmptyElement)
        {
            Next(xml);
            return rows;
        }

        Next(xml);
        while (xml.NodeType == XmlNodeType.Element)
        {
            Expect(xml, "result");
            var row = new Dictionary<string, Term>(StringComparer.Ordinal);
            if (xml.IsEmptyElement)
            {
                Next(xml);
                rows.Add(row);
                continue;
            }

            Next(xml);
            while (xml.NodeType == XmlNodeType.Element)
            {
                Expect(xml, "binding");
                var name = xml.GetAttribute("name") ?? throw Error(xml, "<binding> needs a name");
                Next(xml);
                row[name] = Term(xml);
                End(xml);
            }

            End(xml);
            rows.Add(row);
        }

        End(xml);
        return rows;
    }

    private static Term Term(XmlReader xml)
    {
        if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != XmlResultsWriter.Namespace)
        {
            throw Error(xml, "Expected <uri>, <bnode> or <literal>");
        }

        var line = (IXmlLineInfo)xml;
        var (at, column) = (line.LineNumber, line.LinePosition);
        Exception Fail(string detail) => ResultsText.Error(detail, Math.Max(0, at - 1), Math.Max(0, column - 1));
        switch (xml.LocalName)
        {
            case "uri":
                return ResultsText.MakeIri(Content(xml), Fail);
            case "bnode":
                return ResultsText.MakeBlankNode(Content(xml), Fail);
            case "literal":
                var language = xml.GetAttribute("xml:lang");
                var datatype = xml.GetAttribute("datatype");
                return ResultsText.MakeLiteral(Content(xml), language, datatype, Fail);
            default:
                throw Fail($"Unknown RDF term element <{xml.LocalName}>");
        }
    }

    private static void SkipElement(XmlReader xml)
    {
        xml.Skip();
        xml.MoveToContent();
    }

    private static void Next(XmlReader xml)
    {
        xml.Read();
        xml.MoveToContent();
    }

    private static void End(XmlReader xml)
    {
        xml.ReadEndElement();
        xml.MoveToContent();
    }

    private static string Content(XmlReader xml)
    {
        var text = xml.ReadElementContentAsString();
        xml.MoveToContent();
        return text;
    }

    private static void Expect(XmlReader xml, string localName)
    {
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != localName || xml.NamespaceURI != XmlResultsWriter.Namespace)
        {
            throw Error(xml, $"Expected <{localName}> in the namespace {XmlResultsWriter.Namespace}");
        }
    }

    private static SparqlSyntaxException Error(XmlReader xml, string detail)
    {
        var line = (IXmlLineInfo)xml;
        return ResultsText.Error(detail, Math.Max(0, line.LineNumber - 1), Math.Max(0, line.LinePosition - 1));
    }
}
