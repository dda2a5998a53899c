using System.Globalization;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// Writes RDF/XML. With <see cref="RdfWriterOptions.Pretty"/> (the default) the graph is buffered and written grouped by
/// subject, with typed node elements (<c>&lt;foaf:Person rdf:about="…"&gt;</c>) and blank nodes nested where they are
/// the object of exactly one triple; otherwise triples stream out, consecutive triples of a subject sharing one element
/// and blank nodes named with <c>rdf:nodeID</c>. RDF/XML cannot say everything: a triple whose predicate IRI does not end
/// with an XML name (or is an RDF/XML syntax name such as <c>rdf:li</c>), or whose terms hold characters XML 1.0 cannot
/// carry (most C0 controls), or an IRI with '.' or '..' segments that reading would resolve away, is refused with an <see cref="InvalidOperationException"/> from <see cref="RdfWriter.Write(in Quad)"/>,
/// before anything of it is written; nothing is dropped or altered silently.
/// </summary>
public sealed partial class RdfXmlWriter : RdfWriter
{
    private const string FormatName = "RDF/XML";
    private const string RdfDescription = "rdf:Description";
    private readonly TextWriter _out;
    private readonly bool _pretty;
    private readonly RdfXmlNamespaces _namespaces = new();
    private readonly HashSet<string> _rootPrefixes = new(StringComparer.Ordinal);
    private string? _baseIri;
    private bool _started;
    private Term? _openSubject;
    private string? _openElement;

    /// <summary>Creates a writer of RDF/XML into <paramref name="output"/> (UTF-8).</summary>
    /// <exception cref="ArgumentException">The options' base IRI is not an absolute IRI.</exception>
    public RdfXmlWriter(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _out = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16384, leaveOpen: true)
        {
            NewLine = "\n",
        };
        _pretty = options.Pretty;
        if (options.BaseIri is not null)
        {
            WriteBase(options.BaseIri);
        }

        foreach (var (prefix, ns) in options.Prefixes)
        {
            _namespaces.Add(prefix, ns);
        }
    }

    /// <inheritdoc />
    public override void WritePrefix(string prefix, string namespaceIri)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(namespaceIri);
        if (FindInvalidXmlCharacter(namespaceIri) < 0)
        {
            // After the header, a new prefix is declared on the elements that use it.
            _namespaces.Add(prefix, namespaceIri);
        }
    }

    /// <inheritdoc />
    public override void WriteBase(string baseIri)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        if (!IriSyntax.TryValidateAbsolute(baseIri, out string? error))
        {
            throw new ArgumentException($"The base IRI <{baseIri}> is not an absolute IRI: {error}", nameof(baseIri));
        }

        // The base is declared once, on rdf:RDF; later declarations cannot change what is written.
        if (!_started && FindInvalidXmlCharacter(baseIri) < 0)
        {
            _baseIri = baseIri;
        }
    }

    /// <inheritdoc />
    public override void Write(in Quad quad)
    {
        RequireDefaultGraph(quad, FormatName);
        CheckWritable(quad);
        if (_pretty)
        {
            Buffer(quad.Triple);
            return;
        }

        if (!_started)
        {
            WriteHeader();
        }

        if (!quad.Subject.Equals(_openSubject))
        {
            CloseSubject();
            OpenSubject(quad);
            if (!ReferenceEquals(_openElement, RdfDescription))
            {
                // The triple became the element name.
                return;
            }
        }

        WriteProperty(quad.Predicate, quad.Object, 2);
    }

    /// <inheritdoc />
    protected override void FinishDocument()
    {
        if (_pretty)
        {
            WriteBuffered();
        }
        else
        {
            if (!_started)
            {
                WriteHeader();
            }

            CloseSubject();
        }

        _out.Write("</rdf:RDF>\n");
        _out.Flush();
    }

    /// <summary>Throws when the triple cannot be written as RDF/XML; checked before any of it is written.</summary>
    private void CheckWritable(in Quad quad)
    {
        var predicate = quad.Predicate;
        if (!_namespaces.TrySplit(predicate.Value, out _, out _))
        {
            throw new InvalidOperationException(
                $"{FormatName} cannot write the predicate {predicate}: a property element needs an IRI that ends with an XML name " +
                "(a letter or '_', then letters, digits, '_', '-' or '.'). Use Turtle, N-Triples or JSON-LD for this graph.");
        }

        if (!RdfXmlNames.IsPropertyElementIri(predicate.Value))
        {
            throw new InvalidOperationException(
                $"{FormatName} cannot write the predicate {predicate}: it is an RDF/XML syntax name, not allowed as a property element.");
        }

        CheckCharacters(quad.Subject);
        CheckCharacters(predicate);
        CheckCharacters(quad.Object);
        CheckResolvesToItself(quad.Subject);
        CheckResolvesToItself(quad.Object is Literal { Language: null } literal ? literal.Datatype : quad.Object);
    }

    /// <summary>Throws for an IRI with '.' or '..' segments: readers resolve IRI attributes, which would remove them.</summary>
    private static void CheckResolvesToItself(Term term)
    {
        if (term is Iri iri && RdfXmlNames.ChangesWhenResolved(iri.Value))
        {
            throw new InvalidOperationException(
                $"{FormatName} cannot write {iri} faithfully: readers resolve IRI attributes, which removes its '.' and '..' segments " +
                "(RFC 3986 §5.2). Use Turtle, N-Triples or JSON-LD for this graph.");
        }
    }

    private static void CheckCharacters(Term term)
    {
        string? text = term switch
        {
            Iri iri => iri.Value,
            Literal literal => literal.Value,
            _ => null,
        };
        int at = text is null ? -1 : FindInvalidXmlCharacter(text);
        if (at < 0 && term is Literal { Language: null } typed)
        {
            at = FindInvalidXmlCharacter(typed.Datatype.Value);
        }

        if (at >= 0)
        {
            int c = text![at];
            throw new InvalidOperationException(
                $"{FormatName} (XML 1.0) cannot carry the character U+{c:X4} of {term}, not even as a character reference. " +
                "Use Turtle, N-Triples or JSON-LD for this graph.");
        }
    }

    /// <summary>The index of the first character XML 1.0 does not allow (controls other than tab, LF, CR; U+FFFE/U+FFFF; unpaired surrogates), or -1.</summary>
    internal static int FindInvalidXmlCharacter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x20)
            {
                if (c is not ('\t' or '\n' or '\r'))
                {
                    return i;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    private void WriteHeader()
    {
        _started = true;
        _out.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        foreach (var (prefix, ns) in _namespaces.Declared)
        {
            _rootPrefixes.Add(prefix);
            _out.Write("\n    xmlns:");
            _out.Write(prefix);
            _out.Write("=\"");
            WriteEscaped(ns, attribute: true);
            _out.Write('"');
        }

        if (_baseIri is not null)
        {
            _out.Write("\n    xml:base=\"");
            WriteEscaped(_baseIri, attribute: true);
            _out.Write('"');
        }

        _out.Write(">\n");
    }

    /// <summary>Streaming mode: opens the element of a new subject, named after its class when the triple is an rdf:type.</summary>
    private void OpenSubject(in Quad quad)
    {
        _openSubject = quad.Subject;
        Indent(1);
        _out.Write('<');
        _openElement = quad.Predicate.Equals(RdfVocabulary.Type) && quad.Object is Iri type && TryNodeElementName(type, out string ns, out string local)
            ? WriteName(ns, local)
            : WriteRdfDescription();
        WriteSubjectAttribute(quad.Subject, named: true);
        _out.Write(">\n");
    }

    private void CloseSubject()
    {
        if (_openElement is null)
        {
            return;
        }

        Indent(1);
        _out.Write("</");
        _out.Write(_openElement);
        _out.Write(">\n");
        _openElement = null;
        _openSubject = null;
    }

    private string WriteRdfDescription()
    {
        _out.Write(RdfDescription);
        return RdfDescription;
    }

    /// <summary>
    /// Splits a class IRI for a node element name; false when it cannot name one (no split, an RDF/XML syntax name, or
    /// rdf:Description, which would drop the type triple).
    /// </summary>
    private bool TryNodeElementName(Iri type, out string ns, out string local) =>
        _namespaces.TrySplit(type.Value, out ns, out local)
        && RdfXmlNames.IsNodeElementIri(type.Value) && !type.Equals(RdfXmlNames.Description)
        && FindInvalidXmlCharacter(type.Value) < 0;

    /// <summary>
    /// Writes the QName of an element and returns it; when its prefix is not declared on rdf:RDF (streaming output meets
    /// namespaces as it goes), the element declares it too.
    /// </summary>
    private string WriteName(string ns, string local)
    {
        string prefix = _namespaces.PrefixFor(ns, out _);
        string qname = prefix + ":" + local;
        _out.Write(qname);
        if (!_rootPrefixes.Contains(prefix))
        {
            _out.Write(" xmlns:");
            _out.Write(prefix);
            _out.Write("=\"");
            WriteEscaped(ns, attribute: true);
            _out.Write('"');
        }

        return qname;
    }

    private void WriteSubjectAttribute(Term subject, bool named)
    {
        if (subject is Iri iri)
        {
            _out.Write(" rdf:about=\"");
            WriteEscaped(Relative(iri.Value), attribute: true);
            _out.Write('"');
        }
        else if (named && subject is BlankNode blank)
        {
            _out.Write(" rdf:nodeID=\"");
            _out.Write(NodeId(blank));
            _out.Write('"');
        }
    }

    /// <summary>Writes the start of a property element, up to its attributes, and returns its QName.</summary>
    private string StartProperty(Iri predicate, int depth)
    {
        _namespaces.TrySplit(predicate.Value, out string ns, out string local);
        Indent(depth);
        _out.Write('<');
        return WriteName(ns, local);
    }

    /// <summary>Writes a property element whose object is an IRI, a literal, or a blank node named by rdf:nodeID.</summary>
    private void WriteProperty(Iri predicate, Term @object, int depth)
    {
        string qname = StartProperty(predicate, depth);
        switch (@object)
        {
            case Iri iri:
                _out.Write(" rdf:resource=\"");
                WriteEscaped(Relative(iri.Value), attribute: true);
                _out.Write("\"/>\n");
                return;
            case BlankNode blank:
                _out.Write(" rdf:nodeID=\"");
                _out.Write(NodeId(blank));
                _out.Write("\"/>\n");
                return;
            case Literal literal:
                if (literal.Language is not null)
                {
                    _out.Write(" xml:lang=\"");
                    WriteEscaped(literal.Language, attribute: true);
                    _out.Write('"');
                }
                else if (!literal.IsSimple)
                {
                    _out.Write(" rdf:datatype=\"");
                    WriteEscaped(literal.Datatype.Value, attribute: true);
                    _out.Write('"');
                }

                _out.Write('>');
                WriteEscaped(literal.Value, attribute: false);
                EndElement(qname, depth: 0);
                return;
            default:
                throw new ArgumentException("Unknown term kind.", nameof(@object));
        }
    }

    private void EndElement(string qname, int depth)
    {
        Indent(depth);
        _out.Write("</");
        _out.Write(qname);
        _out.Write(">\n");
    }

    /// <summary>An IRI relative to the base when that reads back as the same IRI; otherwise the IRI itself.</summary>
    private string Relative(string iri)
    {
        if (_baseIri is null)
        {
            return iri;
        }

        string? candidate = null;
        int hash = _baseIri.IndexOf('#', StringComparison.Ordinal);
        string document = hash < 0 ? _baseIri : _baseIri[..hash];
        if (iri.StartsWith(document, StringComparison.Ordinal) && (iri.Length == document.Length || iri[document.Length] == '#'))
        {
            candidate = iri[document.Length..];
        }
        else
        {
            int slash = document.LastIndexOf('/');
            if (slash >= 0 && iri.StartsWith(document.AsSpan(0, slash + 1), StringComparison.Ordinal))
            {
                candidate = iri[(slash + 1)..];
            }
        }

        if (candidate is null)
        {
            return iri;
        }

        try
        {
            return string.Equals(IriSyntax.Resolve(_baseIri, candidate), iri, StringComparison.Ordinal) ? candidate : iri;
        }
        catch (FormatException)
        {
            return iri;
        }
    }

    /// <summary>
    /// An rdf:nodeID for a blank node: its label when that is an NCName not starting with "x_", otherwise "x_" and the
    /// label with '_' doubled and other characters as "_u" + hex + "_" — one-to-one, so distinct blank nodes stay distinct.
    /// </summary>
    internal static string NodeId(BlankNode blank)
    {
        string label = blank.Label;
        if (RdfXmlNames.IsNCName(label) && !label.StartsWith("x_", StringComparison.Ordinal))
        {
            return label;
        }

        var id = new StringBuilder("x_", label.Length + 8);
        foreach (char c in label)
        {
            if (c == '_')
            {
                id.Append("__");
            }
            else if (System.Xml.XmlConvert.IsNCNameChar(c))
            {
                id.Append(c);
            }
            else
            {
                id.Append("_u").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return id.ToString();
    }

    private void Indent(int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            _out.Write("  ");
        }
    }

    private void WriteEscaped(string text, bool attribute)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? escape = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' when !attribute => "&gt;",
                '"' when attribute => "&quot;",
                '\t' when attribute => "&#x9;",
                '\n' when attribute => "&#xA;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (escape is not null)
            {
                _out.Write(text.AsSpan(start, i - start));
                _out.Write(escape);
                start = i + 1;
            }
        }

        _out.Write(text.AsSpan(start));
    }
}
