using System.Text;
using System.Xml;

namespace ValueFlows.Rdf;

/// <summary>
/// Builds the lexical form of an <c>rdf:parseType="Literal"</c> value from the XML events inside the property element:
/// Exclusive XML Canonicalization with comments and an empty InclusiveNamespaces prefix list (the form the RDF 1.1
/// test suite expects): a namespace is declared on the first output element that visibly uses it, attributes are sorted
/// by namespace and local name, empty elements get an end tag, and text and attribute values get the canonical escapes.
/// </summary>
internal sealed class XmlLiteralCanonicalizer
{
    private readonly StringBuilder _output = new();
    private readonly List<(string Prefix, string Uri)> _rendered = [];
    private readonly List<int> _renderedMarks = [];
    private readonly List<string> _openNames = [];
    private readonly List<(string Prefix, string Uri)> _declarations = [];
    private readonly List<(string NamespaceUri, string LocalName, string Name, string Value)> _attributes = [];

    /// <summary>How many elements of the literal are open.</summary>
    public int Depth => _openNames.Count;

    public void Begin()
    {
        _output.Clear();
        _rendered.Clear();
        _renderedMarks.Clear();
        _openNames.Clear();
    }

    /// <summary>Writes the start tag of the element the reader is on (and leaves the reader on the element).</summary>
    public void StartElement(XmlReader xml)
    {
        _declarations.Clear();
        _attributes.Clear();
        string name = xml.Name;
        Use(xml.Prefix, xml.NamespaceURI);
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                string ns = xml.NamespaceURI;
                if (string.Equals(ns, RdfXmlNames.XmlnsNamespace, StringComparison.Ordinal))
                {
                    continue;
                }

                string prefix = xml.Prefix;
                if (prefix.Length > 0 && !string.Equals(prefix, "xml", StringComparison.Ordinal))
                {
                    Use(prefix, ns);
                }

                _attributes.Add((ns, xml.LocalName, xml.Name, xml.Value));
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        _declarations.Sort(static (a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        _attributes.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.NamespaceUri, b.NamespaceUri);
            return c != 0 ? c : string.CompareOrdinal(a.LocalName, b.LocalName);
        });

        _output.Append('<').Append(name);
        foreach (var (prefix, uri) in _declarations)
        {
            if (prefix.Length == 0)
            {
                _output.Append(" xmlns=\"");
            }
            else
            {
                _output.Append(" xmlns:").Append(prefix).Append("=\"");
            }

            AppendEscaped(uri, attribute: true);
            _output.Append('"');
        }

        foreach (var a in _attributes)
        {
            _output.Append(' ').Append(a.Name).Append("=\"");
            AppendEscaped(a.Value, attribute: true);
            _output.Append('"');
        }

        _output.Append('>');
        _renderedMarks.Add(_rendered.Count);
        _rendered.AddRange(_declarations);
        _openNames.Add(name);
    }

    public void EndElement()
    {
        int last = _openNames.Count - 1;
        _output.Append("</").Append(_openNames[last]).Append('>');
        _openNames.RemoveAt(last);
        int mark = _renderedMarks[last];
        _renderedMarks.RemoveAt(last);
        _rendered.RemoveRange(mark, _rendered.Count - mark);
    }

    public void Text(string text) => AppendEscaped(text, attribute: false);

    public void Comment(string text) => _output.Append("<!--").Append(text).Append("-->");

    public void ProcessingInstruction(string target, string data)
    {
        _output.Append("<?").Append(target);
        if (data.Length > 0)
        {
            _output.Append(' ').Append(data);
        }

        _output.Append("?>");
    }

    /// <summary>The canonical form of everything written since <see cref="Begin"/>.</summary>
    public string Finish() => _output.ToString();

    /// <summary>Declares a namespace a name visibly uses unless an output ancestor already declared it the same way.</summary>
    private void Use(string prefix, string uri)
    {
        foreach (var d in _declarations)
        {
            if (string.Equals(d.Prefix, prefix, StringComparison.Ordinal))
            {
                return;
            }
        }

        string? inScope = null;
        for (int i = _rendered.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_rendered[i].Prefix, prefix, StringComparison.Ordinal))
            {
                inScope = _rendered[i].Uri;
                break;
            }
        }

        // The default namespace is "no namespace" until an output ancestor declares one.
        bool declared = prefix.Length == 0
            ? !string.Equals(inScope ?? string.Empty, uri, StringComparison.Ordinal)
            : !string.Equals(inScope, uri, StringComparison.Ordinal);
        if (declared)
        {
            _declarations.Add((prefix, uri));
        }
    }

    private void AppendEscaped(string text, bool attribute)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&':
                    _output.Append("&amp;");
                    break;
                case '<':
                    _output.Append("&lt;");
                    break;
                case '>' when !attribute:
                    _output.Append("&gt;");
                    break;
                case '"' when attribute:
                    _output.Append("&quot;");
                    break;
                case '\t' when attribute:
                    _output.Append("&#x9;");
                    break;
                case '\n' when attribute:
                    _output.Append("&#xA;");
                    break;
                case '\r':
                    _output.Append("&#xD;");
                    break;
                default:
                    _output.Append(c);
                    break;
            }
        }
    }
}
