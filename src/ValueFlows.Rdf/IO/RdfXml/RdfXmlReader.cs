using System.Globalization;
using System.Text;
using System.Xml;

namespace ValueFlows.Rdf;

/// <summary>
/// A streaming reader of RDF/XML (<see href="https://www.w3.org/TR/rdf-syntax-grammar/">RDF 1.1 XML Syntax</see>) on
/// System.Xml's <see cref="XmlReader"/>. Memory grows with the element nesting depth, not the document size (besides
/// the rdf:ID values seen, kept to detect duplicates, and the text of the literal being read). Internal DTD entities
/// (namespace abbreviations in many OWL files) are expanded; external entities, parameter entities and entities that
/// refer to other entities are refused, and expansion is capped, so XXE and entity-bomb documents fail fast.
/// Error positions are System.Xml's line and column (the column in UTF-16 units); the byte offset is exact for ASCII
/// lines of UTF-8 input and approximate otherwise.
/// </summary>
public sealed partial class RdfXmlReader : RdfReader
{
    /// <summary>The most characters entity references may expand to in one document (OM 2.0 needs about a million).</summary>
    internal const int MaxEntityCharacters = 16_000_000;

    private readonly LineOffsetStream _input;
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly Queue<Quad> _pending = new();
    private readonly string _blankNodePrefix;
    private readonly HashSet<string> _rdfIds = new(StringComparer.Ordinal);
    private readonly XmlLiteralCanonicalizer _literal = new();
    private readonly StringBuilder _text = new();
    private Frame[] _frames = new Frame[16];
    private int _depth;
    private long _blankNodeCounter;
    private string? _firstText;
    private int _textParts;
    private bool _done;
    private bool _disposed;

    /// <summary>Creates a reader of the RDF/XML document in <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">The options' base IRI is not an absolute IRI.</exception>
    public RdfXmlReader(Stream input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseIri is not null && !IriSyntax.TryValidateAbsolute(options.BaseIri, out string? error))
        {
            throw new ArgumentException($"The base IRI <{options.BaseIri}> is not an absolute IRI: {error}", nameof(options));
        }

        BaseIri = options.BaseIri;
        _blankNodePrefix = options.BlankNodePrefix ?? BlankNode.CreateFresh().Label + "_";
        _input = new LineOffsetStream(input);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxEntityCharacters,
            CloseInput = false,
        };
        _xml = XmlReader.Create(_input, settings);
        _lineInfo = _xml as IXmlLineInfo;
        _frames[0] = new Frame { Kind = FrameKind.Document, Base = options.BaseIri };
        _depth = 1;
    }

    /// <inheritdoc />
    public override bool TryRead(out Quad quad)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (_pending.Count == 0)
        {
            if (_done)
            {
                quad = default;
                return false;
            }

            try
            {
                Step();
            }
            catch (XmlException e)
            {
                _done = true;
                throw FromXmlException(e);
            }
            catch (RdfSyntaxException)
            {
                _done = true;
                throw;
            }
        }

        quad = _pending.Dequeue();
        return true;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _xml.Dispose();
            _input.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads one XML node and handles it, queueing the triples it completes.</summary>
    private void Step()
    {
        if (!_xml.Read())
        {
            _done = true;
            return;
        }

        switch (_xml.NodeType)
        {
            case XmlNodeType.Element:
                OnStartElement();
                break;
            case XmlNodeType.EndElement:
                OnEndElement();
                break;
            case XmlNodeType.Text:
            case XmlNodeType.CDATA:
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                OnText(_xml.Value);
                break;
            case XmlNodeType.Comment:
                if (Top.Kind == FrameKind.Literal)
                {
                    _literal.Comment(_xml.Value);
                }

                break;
            case XmlNodeType.ProcessingInstruction:
                if (Top.Kind == FrameKind.Literal)
                {
                    _literal.ProcessingInstruction(_xml.Name, _xml.Value);
                }

                break;
            case XmlNodeType.DocumentType:
                if (DoctypeGuard.Check(_xml.Value) is { } problem)
                {
                    throw Error("Refused the document type declaration: " + problem + ".");
                }

                break;
            default:
                break;
        }
    }

    private ref Frame Top => ref _frames[_depth - 1];

    private void Push(in Frame frame)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_depth++] = frame;
    }

    private void Pop()
    {
        _frames[--_depth] = default;
    }

    private void OnText(string value)
    {
        ref Frame top = ref Top;
        switch (top.Kind)
        {
            case FrameKind.Literal:
                _literal.Text(value);
                break;
            case FrameKind.Property when top.State == PropertyState.Pending:
                AppendText(value);
                break;
            case FrameKind.Property when !RdfXmlNames.IsXmlWhiteSpace(value):
                throw Error(top.State == PropertyState.HasNode
                    ? "A property element holds either a node element or text, not both."
                    : "A property element with rdf:resource, rdf:nodeID or property attributes must be empty.");
            case FrameKind.Rdf or FrameKind.Node or FrameKind.Collection when !RdfXmlNames.IsXmlWhiteSpace(value):
                throw Error(top.Kind == FrameKind.Node
                    ? "Text is not allowed here: a node element holds property elements."
                    : "Text is not allowed here: expected a node element.");
            default:
                break;
        }
    }

    private void AppendText(string value)
    {
        if (_textParts == 0)
        {
            _firstText = value;
        }
        else
        {
            if (_textParts == 1)
            {
                _text.Clear().Append(_firstText);
            }

            _text.Append(value);
        }

        _textParts++;
    }

    private void ResetText()
    {
        _firstText = null;
        _textParts = 0;
    }

    private string TakeText()
    {
        string text = _textParts switch
        {
            0 => string.Empty,
            1 => _firstText!,
            _ => _text.ToString(),
        };
        ResetText();
        return text;
    }

    private bool TextIsWhiteSpace() => _textParts switch
    {
        0 => true,
        1 => RdfXmlNames.IsXmlWhiteSpace(_firstText),
        _ => RdfXmlNames.IsXmlWhiteSpace(_text.ToString()),
    };

    private void OnEndElement()
    {
        ref Frame top = ref Top;
        switch (top.Kind)
        {
            case FrameKind.Literal when _literal.Depth > 0:
                _literal.EndElement();
                return;
            case FrameKind.Literal:
                EmitReified(top.Subject!, top.Predicate!, Literal.CreateUnchecked(_literal.Finish(), RdfVocabulary.XmlLiteral, null), top.Reification);
                break;
            case FrameKind.Property when top.State == PropertyState.Pending:
                EmitReified(top.Subject!, top.Predicate!, MakeLiteral(TakeText(), top.Datatype, top.Language), top.Reification);
                break;
            case FrameKind.Collection when top.Object is null:
                EmitReified(top.Subject!, top.Predicate!, RdfVocabulary.Nil, top.Reification);
                break;
            case FrameKind.Collection:
                Emit(top.Object, RdfVocabulary.Rest, RdfVocabulary.Nil);
                break;
            default:
                break;
        }

        Pop();
    }

    private static Literal MakeLiteral(string value, Iri? datatype, string? language) =>
        datatype is not null ? Literal.CreateUnchecked(value, datatype, null)
        : language is not null ? Literal.CreateUnchecked(value, RdfVocabulary.LangString, language)
        : Literal.CreateUnchecked(value, Xsd.String, null);

    private void Emit(Term subject, Iri predicate, Term @object) => _pending.Enqueue(new Quad(subject, predicate, @object));

    /// <summary>Emits a triple, and its reification when the property element has an rdf:ID.</summary>
    private void EmitReified(Term subject, Iri predicate, Term @object, Iri? reification)
    {
        Emit(subject, predicate, @object);
        if (reification is not null)
        {
            Emit(reification, RdfVocabulary.Type, RdfVocabulary.Statement);
            Emit(reification, RdfVocabulary.Subject, subject);
            Emit(reification, RdfVocabulary.Predicate, predicate);
            Emit(reification, RdfVocabulary.Object, @object);
        }
    }

    private BlankNode NewBlankNode() =>
        BlankNode.Create(_blankNodePrefix + "g" + (++_blankNodeCounter).ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The blank node of an rdf:nodeID. Labels get the document's prefix so two documents never share blank nodes; an ID
    /// ending with '.' (a valid NCName, not a valid N-Triples label) gets a different marker and a trailing '0'.
    /// </summary>
    private BlankNode BlankNodeFor(string nodeId) => nodeId[^1] == '.'
        ? BlankNode.Create(_blankNodePrefix + "e" + nodeId + "0")
        : BlankNode.Create(_blankNodePrefix + "n" + nodeId);

    private TextPosition CurrentPosition()
    {
        long line = Math.Max(0, (_lineInfo?.LineNumber ?? 1) - 1);
        long column = Math.Max(0, (_lineInfo?.LinePosition ?? 1) - 1);
        return new TextPosition(line, column, _input.OffsetOf(line, column));
    }

    private RdfSyntaxException Error(string detail) => new(detail, TextRange.At(CurrentPosition()));

    private RdfSyntaxException FromXmlException(XmlException e)
    {
        string detail = e.Message;
        int at = detail.LastIndexOf(" Line ", StringComparison.Ordinal);
        if (at > 0 && e.LineNumber > 0)
        {
            detail = detail[..at];
        }

        if (detail.Contains(nameof(XmlReaderSettings.MaxCharactersFromEntities), StringComparison.Ordinal))
        {
            detail = $"Entity references expand to more than {MaxEntityCharacters:N0} characters; the document is refused (entity expansion bomb?).";
        }

        long line = Math.Max(0, e.LineNumber - 1);
        long column = Math.Max(0, e.LinePosition - 1);
        var position = e.LineNumber > 0 ? new TextPosition(line, column, _input.OffsetOf(line, column)) : CurrentPosition();
        return new RdfSyntaxException("Malformed XML: " + detail, TextRange.At(position), e);
    }

    private enum FrameKind : byte
    {
        /// <summary>Outside the document element.</summary>
        Document,

        /// <summary>Inside rdf:RDF: node elements follow.</summary>
        Rdf,

        /// <summary>A node element (or a parseType="Resource" property element): property elements follow.</summary>
        Node,

        /// <summary>A property element without rdf:parseType: a node element, text, or nothing follows.</summary>
        Property,

        /// <summary>A parseType="Collection" property element: node elements follow.</summary>
        Collection,

        /// <summary>A parseType="Literal" (or unknown parseType) property element: XML content follows.</summary>
        Literal,

        /// <summary>An element with a reserved xml… name, skipped with its content.</summary>
        Ignored,
    }

    private enum PropertyState : byte
    {
        /// <summary>Text or one node element may follow.</summary>
        Pending,

        /// <summary>The node element has been read; only white space may follow.</summary>
        HasNode,

        /// <summary>The object came from attributes; the element must be empty.</summary>
        Empty,
    }

    /// <summary>One open element: what it expects next and the context its children inherit.</summary>
    private struct Frame
    {
        public FrameKind Kind;
        public PropertyState State;
        public int LiCounter;
        public string? Base;
        public string? Language;

        /// <summary>A node's subject; for property-like frames, the subject of the parent node.</summary>
        public Term? Subject;
        public Iri? Predicate;
        public Iri? Reification;
        public Iri? Datatype;

        /// <summary>For a collection, the last list cell written.</summary>
        public Term? Object;
    }
}
