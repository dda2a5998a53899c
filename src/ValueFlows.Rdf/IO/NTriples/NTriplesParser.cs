namespace ValueFlows.Rdf;

/// <summary>
/// The N-Triples and N-Quads grammar (RDF 1.1): one statement per line, absolute IRIs, blank node labels and
/// double-quoted literals. With <c>quads</c> an optional graph label follows the object.
/// </summary>
internal sealed class NTriplesParser : RdfTextParser
{
    private readonly bool _quads;
    private bool _started;

    public NTriplesParser(ReaderSetup setup, bool quads)
        : base(setup) => _quads = quads;

    public override bool TryRead(out Quad quad)
    {
        var lexer = Lexer;
        if (!_started)
        {
            _started = true;
            lexer.Next();
        }

        if (lexer.Kind == TokenKind.EndOfInput)
        {
            quad = default;
            return false;
        }

        long line = lexer.Line;
        Term subject = lexer.Kind switch
        {
            TokenKind.IriRef => IriOfIriRef(absoluteOnly: true),
            TokenKind.BlankNodeLabel => BlankNodeOfLabel(),
            _ => throw Expected("a subject (an IRI <…> or a blank node _:label)"),
        };

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

        lexer.Next();
        if (lexer.Line == line && lexer.Kind != TokenKind.EndOfInput)
        {
            throw Expected("the end of the line after '.'");
        }

        quad = new Quad(subject, predicate, @object, graph);
        return true;
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
