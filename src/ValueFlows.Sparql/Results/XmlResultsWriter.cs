using System.Text;
using System.Xml;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Results;

/// <summary>Writes SPARQL Query Results XML (<see href="https://www.w3.org/TR/rdf-sparql-XMLres/"/>), flushing as rows go.</summary>
internal sealed class XmlResultsWriter(Stream output) : SparqlResultsWriter
{
    internal const string Namespace = "http://www.w3.org/2005/sparql-results#";
    private const int RowsPerFlush = 256;

    private readonly XmlWriter _xml = XmlWriter.Create(
        output,
        new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            CloseOutput = false,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        });

    private string[] _names = [];
    private int _pending;

    protected override void WriteBooleanDocument(bool value)
    {
        Start();
        _xml.WriteStartElement("head", Namespace);
        _xml.WriteEndElement();
        _xml.WriteElementString("boolean", Namespace, value ? "true" : "false");
        End();
    }

    protected override void WriteHeader(IReadOnlyList<Variable> variables)
    {
        _names = [.. variables.Select(v => v.Name)];
        Start();
        _xml.WriteStartElement("head", Namespace);
        foreach (var name in _names)
        {
            _xml.WriteStartElement("variable", Namespace);
            _xml.WriteAttributeString("name", name);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("results", Namespace);
    }

    protected override void WriteSolution(ReadOnlySpan<Term?> row)
    {
        _xml.WriteStartElement("result", Namespace);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is not { } term)
            {
                continue;
            }

            _xml.WriteStartElement("binding", Namespace);
            _xml.WriteAttributeString("name", _names[i]);
            switch (term)
            {
                case Iri iri:
                    _xml.WriteElementString("uri", Namespace, iri.Value);
                    break;
                case BlankNode blank:
                    _xml.WriteElementString("bnode", Namespace, blank.Label);
                    break;
                case Literal literal:
                    _xml.WriteStartElement("literal", Namespace);
                    if (literal.Language is not null)
                    {
                        _xml.WriteAttributeString("xml", "lang", null, literal.Language);
                    }
                    else if (!literal.IsSimple)
                    {
                        _xml.WriteAttributeString("datatype", literal.Datatype.Value);
                    }

                    _xml.WriteString(literal.Value);
                    _xml.WriteEndElement();
                    break;
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        if (++_pending == RowsPerFlush)
        {
            _xml.Flush();
            _pending = 0;
        }
    }

    protected override void WriteEnd()
    {
        _xml.WriteEndElement();
        End();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _xml.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Start()
    {
        _xml.WriteStartDocument();
        _xml.WriteStartElement("sparql", Namespace);
    }

    private void End()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
    }
}
