using System.Runtime.CompilerServices;

namespace ValueFlows.Rdf;

/// <summary>
/// The N-Triples and N-Quads grammar (RDF 1.1): one statement per line, absolute IRIs, blank node labels and
/// double-quoted literals. With <c>quads</c> an optional graph label follows the object.
/// </summary>
internal sealed class NTriplesParser : RdfTextParser
{
    private readonly bool _quads;
    private readonly byte[] _lastSubjectText = new byte[TermCache.MaxKeyLength];
    private int _lastSubjectLength = -1;
    private Term? _lastSubject;
    private long _lastLine = -1;

    public NTriplesParser(ReaderSetup setup, bool quads)
        : base(setup) => _quads = quads;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryRead(out Quad quad)
    {
        var lexer = Lexer;

        // The token after a statement is read only when the next statement is asked for, so that a fault there
        // never withholds the statement before it.
        lexer.Next();
        if (lexer.Line == _lastLine && lexer.Kind != TokenKind.EndOfInput)
        {
            throw Expected("the end of the line after '.'");
        }

        if (lexer.Kind == TokenKind.EndOfInput)
        {
            quad = default;
            return false;
        }

        long line = lexer.Line;
        Term subject = ReadSubject();

        NextOnLine(line);
        if (lexer.Kind != TokenKind.IriRef)
        {
            throw Expected("a predicate (an IRI <…>)");
        }

        var predicate = IriOfIriRef(absoluteOnly: true);
        NextOnLine(line);
        Term @object;
        switch (lexer.Kind)
        {
            case TokenKind.IriRef:
                @object = IriOfIriRef(absoluteOnly: true);
                NextOnLine(line);
                break;
            case TokenKind.BlankNodeLabel:
                @object = BlankNodeOfLabel();
                NextOnLine(line);
                break;
            case TokenKind.String when lexer.Quote == '"' && !lexer.IsLongString:
                @object = ReadRdfLiteral(turtle: false);
                CheckOnLine(line);
                break;
            default:
                throw Expected("an object (an IRI <…>, a blank node _:label or a \"literal\")");
        }

        Term? graph = null;
        if (_quads)
        {
            if (lexer.Kind == TokenKind.IriRef)
            {
                graph = IriOfIriRef(absoluteOnly: true);
                NextOnLine(line);
            }
            else if (lexer.Kind == TokenKind.BlankNodeLabel)
            {
                graph = BlankNodeOfLabel();
                NextOnLine(line);
            }
        }

        if (lexer.Kind != TokenKind.Dot)
        {
            throw Expected(_quads ? "'.' or a graph label after the object" : "'.' after the object");
        }

        _lastLine = line;
        quad = new Quad(subject, predicate, @object, graph);
        return true;
    }

    /// <summary>The subject; statements about one subject come in runs, so the last one is checked first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ReadSubject()
    {
        var lexer = Lexer;
        if (lexer.Kind is not (TokenKind.IriRef or TokenKind.BlankNodeLabel))
        {
            throw Expected("a subject (an IRI <…> or a blank node _:label)");
        }

        var text = lexer.Text;
        if (_lastSubject is not null && text.SequenceEqual(_lastSubjectText.AsSpan(0, Math.Max(_lastSubjectLength, 0))))
        {
            return _lastSubject;
        }

        Term subject = lexer.Kind == TokenKind.IriRef ? IriOfIriRef(absoluteOnly: true) : BlankNodeOfLabel();
        if (text.Length <= _lastSubjectText.Length)
        {
            text.CopyTo(_lastSubjectText);
            _lastSubjectLength = text.Length;
            _lastSubject = subject;
        }
        else
        {
            _lastSubject = null;
        }

        return subject;
    }

    private void NextOnLine(long line)
    {
        Lexer.Next();
        CheckOnLine(line);
    }

    private void CheckOnLine(long line)
    {
        if (Lexer.Line != line && Lexer.Kind != TokenKind.EndOfInput)
        {
            Lexer.FailAtToken($"a statement must be on one line; found {Lexer.DescribeToken()} on the next line");
        }
    }
}
