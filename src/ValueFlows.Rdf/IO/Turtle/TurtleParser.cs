using System.Runtime.CompilerServices;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// The Turtle and TriG grammars (RDF 1.1), read one statement at a time: the triples of a statement (with its nested
/// blank nodes and lists) go into a small queue that <see cref="TryRead"/> empties before it reads the next statement.
/// A TriG graph block is read statement by statement too, so a large graph does not have to fit in memory.
/// </summary>
internal sealed class TurtleParser : RdfTextParser
{
    private readonly bool _trig;
    private readonly QuadQueue _queue = new();
    private bool _advance = true;
    private bool _inGraphBlock;
    private Term? _graph;

    public TurtleParser(ReaderSetup setup, bool trig)
        : base(setup) => _trig = trig;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryRead(out Quad quad)
    {
        while (_queue.Count == 0)
        {
            // The token after a statement is read only when the next statement is asked for, so that a fault there
            // never withholds the triples before it.
            if (_advance)
            {
                _advance = false;
                Lexer.Next();
            }

            if (!(_inGraphBlock ? ReadGraphBlockStatement() : ReadStatement()))
            {
                quad = default;
                return false;
            }
        }

        quad = _queue.Dequeue();
        return true;
    }

    /// <summary>Reads a top-level statement; false at the end of the input.</summary>
    private bool ReadStatement()
    {
        var lexer = Lexer;
        switch (lexer.Kind)
        {
            case TokenKind.EndOfInput:
                return false;
            case TokenKind.LangTag:
                ReadAtDirective();
                return true;
            case TokenKind.Word when IsKeyword("PREFIX"):
                lexer.Next();
                ReadPrefixDeclaration();
                _advance = true;
                return true;
            case TokenKind.Word when IsKeyword("BASE"):
                lexer.Next();
                ReadBaseDeclaration();
                _advance = true;
                return true;
        }

        if (!_trig)
        {
            ReadTriples();
            EndStatement(TokenKind.Dot, "'.' at the end of the triples");
            return true;
        }

        ReadTriGBlock();
        return true;
    }

    private void ReadAtDirective()
    {
        var lexer = Lexer;
        var name = lexer.Content;
        if (name.SequenceEqual("prefix"u8))
        {
            lexer.Next();
            ReadPrefixDeclaration();
        }
        else if (name.SequenceEqual("base"u8))
        {
            lexer.Next();
            ReadBaseDeclaration();
        }
        else
        {
            lexer.FailAtToken($"unknown directive {lexer.DescribeToken()} (the directives are @prefix and @base)");
            return;
        }

        lexer.Next();
        EndStatement(TokenKind.Dot, "'.' at the end of the directive");
    }

    /// <summary>PNAME_NS IRIREF; leaves the lexer on the IRI.</summary>
    private void ReadPrefixDeclaration()
    {
        var lexer = Lexer;
        if (lexer.Kind != TokenKind.PrefixedName || lexer.ContentEnd != lexer.Colon + 1)
        {
            throw Expected("a prefix name ending with ':'");
        }

        string prefix = Encoding.UTF8.GetString(lexer.Text[..^1]);
        lexer.Next();
        if (lexer.Kind != TokenKind.IriRef)
        {
            throw Expected("the namespace IRI <…> of the prefix");
        }

        DeclarePrefix(prefix, IriOfIriRef(absoluteOnly: false).Value);
    }

    /// <summary>IRIREF; leaves the lexer on it.</summary>
    private void ReadBaseDeclaration()
    {
        var lexer = Lexer;
        if (lexer.Kind != TokenKind.IriRef)
        {
            throw Expected("the base IRI <…>");
        }

        DeclareBase(IriOfIriRef(absoluteOnly: false).Value);
    }

    /// <summary>triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    private void ReadTriples()
    {
        var lexer = Lexer;
        switch (lexer.Kind)
        {
            case TokenKind.OpenBracket:
                lexer.Next();
                if (lexer.Kind == TokenKind.CloseBracket)
                {
                    lexer.Next();
                    ReadPredicateObjectList(FreshBlankNode());
                    return;
                }

                var node = FreshBlankNode();
                ReadPredicateObjectList(node);
                Expect(TokenKind.CloseBracket, "']' to close the blank node");
                if (IsVerbStart())
                {
                    ReadPredicateObjectList(node);
                }

                return;
            case TokenKind.OpenParen:
                ReadPredicateObjectList(ReadCollection());
                return;
            default:
                var subject = ReadIriOrLabel("a subject (an IRI, a blank node or a list)");
                ReadPredicateObjectList(subject);
                return;
        }
    }

    /// <summary>An IRI, prefixed name or blank node label at the current token, consumed.</summary>
    private Term ReadIriOrLabel(string what)
    {
        var lexer = Lexer;
        Term term = lexer.Kind switch
        {
            TokenKind.IriRef => IriOfIriRef(absoluteOnly: false),
            TokenKind.PrefixedName => IriOfPrefixedName(),
            TokenKind.BlankNodeLabel => BlankNodeOfLabel(),
            _ => throw Expected(what),
        };
        lexer.Next();
        return term;
    }

    private void ReadPredicateObjectList(Term subject)
    {
        CheckNesting();
        var lexer = Lexer;
        ReadObjectList(subject, ReadVerb());
        while (lexer.Kind == TokenKind.Semicolon)
        {
            lexer.Next();
            if (IsVerbStart())
            {
                ReadObjectList(subject, ReadVerb());
            }
        }
    }

    private bool IsVerbStart() => Lexer.Kind switch
    {
        TokenKind.IriRef or TokenKind.PrefixedName => true,
        TokenKind.Word => IsExactWord("a"u8),
        _ => false,
    };

    private Iri ReadVerb()
    {
        var lexer = Lexer;
        Iri predicate;
        switch (lexer.Kind)
        {
            case TokenKind.IriRef:
                predicate = IriOfIriRef(absoluteOnly: false);
                break;
            case TokenKind.PrefixedName:
                predicate = IriOfPrefixedName();
                break;
            case TokenKind.Word when IsExactWord("a"u8):
                predicate = RdfVocabulary.Type;
                break;
            default:
                throw Expected("a predicate (an IRI or 'a')");
        }

        lexer.Next();
        return predicate;
    }

    private void ReadObjectList(Term subject, Iri predicate)
    {
        ReadObject(subject, predicate);
        while (Lexer.Kind == TokenKind.Comma)
        {
            Lexer.Next();
            ReadObject(subject, predicate);
        }
    }

    /// <summary>Reads an object and emits (subject, predicate, object) with the triples nested inside the object.</summary>
    private void ReadObject(Term subject, Iri predicate)
    {
        var lexer = Lexer;
        Term @object;
        switch (lexer.Kind)
        {
            case TokenKind.IriRef:
                @object = IriOfIriRef(absoluteOnly: false);
                lexer.Next();
                break;
            case TokenKind.PrefixedName:
                @object = IriOfPrefixedName();
                lexer.Next();
                break;
            case TokenKind.BlankNodeLabel:
                @object = BlankNodeOfLabel();
                lexer.Next();
                break;
            case TokenKind.String:
                @object = ReadRdfLiteral(turtle: true);
                break;
            case TokenKind.Integer:
            case TokenKind.Decimal:
            case TokenKind.Double:
                @object = NumericLiteral();
                lexer.Next();
                break;
            case TokenKind.Word when IsExactWord("true"u8):
                @object = BooleanLiteral(true);
                lexer.Next();
                break;
            case TokenKind.Word when IsExactWord("false"u8):
                @object = BooleanLiteral(false);
                lexer.Next();
                break;
            case TokenKind.OpenBracket:
                lexer.Next();
                var node = FreshBlankNode();
                Emit(subject, predicate, node);
                if (lexer.Kind == TokenKind.CloseBracket)
                {
                    lexer.Next();
                    return;
                }

                ReadPredicateObjectList(node);
                Expect(TokenKind.CloseBracket, "']' to close the blank node");
                return;
            case TokenKind.OpenParen:
                Emit(subject, predicate, ReadCollection());
                return;
            default:
                throw Expected("an object (an IRI, a blank node, a literal or a list)");
        }

        Emit(subject, predicate, @object);
    }

    /// <summary>collection ::= '(' object* ')'; returns the head of the list (rdf:nil when empty).</summary>
    private Term ReadCollection()
    {
        CheckNesting();
        var lexer = Lexer;
        lexer.Next();
        if (lexer.Kind == TokenKind.CloseParen)
        {
            lexer.Next();
            return RdfVocabulary.Nil;
        }

        var head = FreshBlankNode();
        var node = head;
        while (true)
        {
            ReadObject(node, RdfVocabulary.First);
            if (lexer.Kind == TokenKind.CloseParen)
            {
                Emit(node, RdfVocabulary.Rest, RdfVocabulary.Nil);
                lexer.Next();
                return head;
            }

            if (lexer.Kind == TokenKind.EndOfInput)
            {
                throw Expected("')' to close the list");
            }

            var next = FreshBlankNode();
            Emit(node, RdfVocabulary.Rest, next);
            node = next;
        }
    }

    /// <summary>
    /// block ::= triplesOrGraph | wrappedGraph | triples2 | "GRAPH" labelOrSubject wrappedGraph. A graph block is only
    /// opened here; its statements are read by <see cref="ReadGraphBlockStatement"/>.
    /// </summary>
    private void ReadTriGBlock()
    {
        var lexer = Lexer;
        switch (lexer.Kind)
        {
            case TokenKind.OpenBrace:
                OpenGraphBlock(null);
                return;
            case TokenKind.Word when IsKeyword("GRAPH"):
                lexer.Next();
                Term label;
                if (lexer.Kind == TokenKind.OpenBracket)
                {
                    lexer.Next();
                    Expect(TokenKind.CloseBracket, "']' (a graph name can be [] but not a blank node with properties)");
                    label = FreshBlankNode();
                }
                else
                {
                    label = ReadIriOrLabel("a graph name (an IRI or a blank node)");
                }

                if (lexer.Kind != TokenKind.OpenBrace)
                {
                    throw Expected("'{' after the graph name");
                }

                OpenGraphBlock(label);
                return;
            case TokenKind.OpenBracket:
                lexer.Next();
                if (lexer.Kind == TokenKind.CloseBracket)
                {
                    lexer.Next();
                    var anon = FreshBlankNode();
                    if (lexer.Kind == TokenKind.OpenBrace)
                    {
                        OpenGraphBlock(anon);
                        return;
                    }

                    ReadPredicateObjectList(anon);
                }
                else
                {
                    var node = FreshBlankNode();
                    ReadPredicateObjectList(node);
                    Expect(TokenKind.CloseBracket, "']' to close the blank node");
                    if (IsVerbStart())
                    {
                        ReadPredicateObjectList(node);
                    }
                }

                break;
            case TokenKind.OpenParen:
                ReadPredicateObjectList(ReadCollection());
                break;
            default:
                var subject = ReadIriOrLabel("a subject or graph name (an IRI or a blank node), a list, '[' or '{'");
                if (lexer.Kind == TokenKind.OpenBrace)
                {
                    OpenGraphBlock(subject);
                    return;
                }

                ReadPredicateObjectList(subject);
                break;
        }

        EndStatement(TokenKind.Dot, "'.' at the end of the triples");
    }

    private void OpenGraphBlock(Term? graph)
    {
        _advance = true;
        _graph = graph;
        _inGraphBlock = true;
    }

    /// <summary>Inside '{ … }': triplesBlock ::= triples ('.' triplesBlock?)?, then '}'. One statement per call.</summary>
    private bool ReadGraphBlockStatement()
    {
        var lexer = Lexer;
        switch (lexer.Kind)
        {
            case TokenKind.CloseBrace:
                _advance = true;
                _inGraphBlock = false;
                _graph = null;
                return true;
            case TokenKind.EndOfInput:
                throw Expected("'}' to close the graph");
            case TokenKind.LangTag:
            case TokenKind.Word when IsKeyword("PREFIX") || IsKeyword("BASE") || IsKeyword("GRAPH"):
                lexer.FailAtToken($"{lexer.DescribeToken()} is not allowed inside a graph block");
                return false;
        }

        ReadTriples();
        if (lexer.Kind == TokenKind.Dot)
        {
            _advance = true;
        }
        else if (lexer.Kind != TokenKind.CloseBrace)
        {
            throw Expected("'.' or '}' after the triples");
        }

        return true;
    }

    /// <summary>Checks the token that ends a statement; it is consumed when the next statement is read.</summary>
    private void EndStatement(TokenKind kind, string what)
    {
        if (Lexer.Kind != kind)
        {
            throw Expected(what);
        }

        _advance = true;
    }

    private void Emit(Term subject, Iri predicate, Term @object) => _queue.Enqueue(new Quad(subject, predicate, @object, _graph));

    private bool IsExactWord(ReadOnlySpan<byte> word) => Lexer.Content.SequenceEqual(word);

    private bool IsKeyword(string keyword) => Lexer.Kind == TokenKind.Word && Ascii.EqualsIgnoreCase(Lexer.Content, keyword);
}
