namespace ValueFlows.Rdf;

/// <summary>
/// The document logic shared by the Turtle and TriG writers: the directives, and either streaming output (consecutive
/// triples of one subject grouped with <c>;</c> and <c>,</c>) or, when pretty, the whole document buffered and laid
/// out by <see cref="TurtlePrettyLayout"/> at the end.
/// </summary>
internal sealed class TurtleSerializer : IDisposable
{
    private const string Indent = "    ";

    private readonly Utf8Output _output;
    private readonly TurtleTermWriter _terms;
    private readonly TurtlePrettyLayout? _layout;

    private bool _started;
    private bool _blankLineDue;
    private Term? _blockGraph;
    private Term? _subject;
    private Iri? _predicate;

    public TurtleSerializer(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _output = new Utf8Output(output);
        _terms = new TurtleTermWriter(_output);
        _layout = options.Pretty ? new TurtlePrettyLayout(_output, _terms) : null;
        if (options.BaseIri is not null)
        {
            DeclareBase(options.BaseIri);
        }

        foreach (var (prefix, ns) in options.Prefixes)
        {
            DeclarePrefix(prefix, ns);
        }
    }

    public void DeclarePrefix(string prefix, string namespaceIri)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(namespaceIri);
        if (!TurtleSyntax.IsPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid Turtle prefix name (PN_PREFIX).", nameof(prefix));
        }

        if (!IriSyntax.IsAbsolute(namespaceIri))
        {
            throw new ArgumentException($"The namespace <{namespaceIri}> is not an absolute IRI.", nameof(namespaceIri));
        }

        if (_started)
        {
            EndStatement();
            CloseBlock();
            BlankLineIfDue();
            WritePrefixDirective(prefix, namespaceIri);
            _blankLineDue = true;
        }

        _terms.SetPrefix(prefix, namespaceIri);
    }

    public void DeclareBase(string baseIri)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        if (!IriSyntax.IsAbsolute(baseIri))
        {
            throw new ArgumentException($"The base <{baseIri}> is not an absolute IRI.", nameof(baseIri));
        }

        if (_started)
        {
            EndStatement();
            CloseBlock();
            BlankLineIfDue();
            WriteBaseDirective(baseIri);
            _blankLineDue = true;
        }

        _terms.SetBase(baseIri);
    }

    public void Add(in Quad quad)
    {
        if (_layout is not null)
        {
            _layout.Add(quad);
            return;
        }

        Start();
        if (quad.Graph != _blockGraph)
        {
            EndStatement();
            CloseBlock();
            if (quad.Graph is not null)
            {
                BlankLineIfDue();
                _terms.WriteTerm(quad.Graph);
                _output.Write(" {\n"u8);
                _blockGraph = quad.Graph;
            }
        }

        if (_subject is not null && _subject.Equals(quad.Subject))
        {
            if (_predicate!.Equals(quad.Predicate))
            {
                _output.Write(", "u8);
            }
            else
            {
                _output.Write(" ;\n"u8);
                WriteIndent(_blockGraph is not null ? 2 : 1);
                WritePredicate(quad.Predicate);
                _output.Write(' ');
            }
        }
        else
        {
            EndStatement();
            BlankLineIfDue();
            WriteIndent(_blockGraph is not null ? 1 : 0);
            _terms.WriteTerm(quad.Subject);
            _output.Write(' ');
            WritePredicate(quad.Predicate);
            _output.Write(' ');
            _subject = quad.Subject;
        }

        _predicate = quad.Predicate;
        WriteObject(quad.Object);
    }

    public void Finish()
    {
        if (_layout is not null)
        {
            Start();
            _layout.Write(_blankLineDue);
        }
        else
        {
            Start();
            EndStatement();
            CloseBlock();
        }

        _output.Flush();
    }

    public void Dispose() => _output.Dispose();

    internal static void WriteIndent(Utf8Output output, int levels)
    {
        for (int i = 0; i < levels; i++)
        {
            output.Write(Indent);
        }
    }

    private void WriteIndent(int levels) => WriteIndent(_output, levels);

    /// <summary>Writes the directives declared before any output.</summary>
    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (_terms.BaseIri is { } baseIri)
        {
            WriteBaseDirective(baseIri);
            _blankLineDue = true;
        }

        foreach (var prefix in _terms.PrefixOrder)
        {
            WritePrefixDirective(prefix, _terms.Namespaces[prefix]);
            _blankLineDue = true;
        }
    }

    private void WritePrefixDirective(string prefix, string namespaceIri)
    {
        _output.Write("@prefix "u8);
        _output.Write(prefix);
        _output.Write(": "u8);
        _terms.WriteAbsoluteIri(namespaceIri);
        _output.Write(" .\n"u8);
    }

    private void WriteBaseDirective(string baseIri)
    {
        _output.Write("@base "u8);
        _terms.WriteAbsoluteIri(baseIri);
        _output.Write(" .\n"u8);
    }

    private void WritePredicate(Iri predicate)
    {
        if (predicate.Equals(RdfVocabulary.Type))
        {
            _output.Write('a');
        }
        else
        {
            _terms.WriteIri(predicate.Value);
        }
    }

    private void WriteObject(Term o)
    {
        if (o.Equals(RdfVocabulary.Nil))
        {
            _output.Write("()"u8);
        }
        else
        {
            _terms.WriteTerm(o);
        }
    }

    private void EndStatement()
    {
        if (_subject is null)
        {
            return;
        }

        _output.Write(" .\n"u8);
        _subject = null;
        _predicate = null;
        _blankLineDue = true;
    }

    private void CloseBlock()
    {
        if (_blockGraph is null)
        {
            return;
        }

        _output.Write("}\n"u8);
        _blockGraph = null;
        _blankLineDue = true;
    }

    private void BlankLineIfDue()
    {
        if (_blankLineDue)
        {
            _output.Write('\n');
            _blankLineDue = false;
        }
    }
}
