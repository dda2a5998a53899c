using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for the SPARQL 1.1 Query grammar (§19.8) that translates each group graph pattern and
/// query level to the algebra as soon as it is read (§18.2). Split by facet: prologue and query forms here,
/// graph patterns, triples and paths, expressions, terms and the query-level translation in the other parts.
/// </summary>
internal sealed partial class SparqlParser
{
    private readonly SourceText _source;
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _labelsInText;
    private readonly Dictionary<string, int> _labelBlocks = new(StringComparer.Ordinal);
    private Iri? _base;
    private int _index;
    private int _freshBlankNodes;
    private int _freshVariables;
    private int _block;
    private bool _aggregatesAllowed;
    private bool _lastGroupHadFilter;
    private bool _inTemplate;

    private SparqlParser(string text, Iri? baseIri)
    {
        _source = SourceText.Create(text);
        _tokens = SparqlTokenizer.Tokenize(_source);
        _labelsInText = [.. _tokens.Where(t => t.Kind == TokenKind.BlankNodeLabel).Select(t => t.Text)];
        _base = baseIri;
    }

    private Token Current => _tokens[_index];

    /// <summary>Parses a whole query.</summary>
    public static SparqlQuery ParseQuery(string text, Iri? baseIri)
    {
        var parser = new SparqlParser(text, baseIri);
        var query = parser.Query();
        parser.ExpectEnd();
        return query;
    }

    /// <summary>
    /// Parses one RDF term in SPARQL syntax (an absolute IRI, a blank node label or a literal), as TSV results hold them.
    /// </summary>
    public static Term ParseTerm(string text)
    {
        var parser = new SparqlParser(text, null);
        var token = parser.Current;
        if (token.Kind is TokenKind.Variable or TokenKind.Nil or TokenKind.Anon or TokenKind.PrefixedName)
        {
            throw parser.Error($"Expected an RDF term but found {token.Describe()}", token);
        }

        var term = token.Kind == TokenKind.BlankNodeLabel ? BlankNode.Create(parser.Advance().Text) : parser.VarOrTerm().Term!;
        parser.ExpectEnd();
        return term;
    }

    private SparqlQuery Query()
    {
        Prologue();
        var token = Current;
        if (token.IsKeyword("SELECT"))
        {
            var select = SelectClause();
            var dataset = DatasetClauses();
            var level = QueryLevel(select, WhereClause(required: true));
            return new SparqlQuery(SparqlQueryForm.Select, TranslateLevel(level), _base, dataset, null, null);
        }

        if (token.IsKeyword("CONSTRUCT"))
        {
            return ConstructQuery();
        }

        if (token.IsKeyword("ASK"))
        {
            Advance();
            var dataset = DatasetClauses();
            var level = QueryLevel(null, WhereClause(required: true));
            return new SparqlQuery(SparqlQueryForm.Ask, TranslateLevel(level), _base, dataset, null, null);
        }

        if (token.IsKeyword("DESCRIBE"))
        {
            return DescribeQuery();
        }

        throw Error("Expected SELECT, CONSTRUCT, ASK or DESCRIBE", token);
    }

    private void Prologue()
    {
        while (true)
        {
            if (Current.IsKeyword("BASE"))
            {
                Advance();
                var iri = Expect(TokenKind.IriRef, "an IRI");
                _base = ResolveIri(iri);
            }
            else if (Current.IsKeyword("PREFIX"))
            {
                Advance();
                var name = Expect(TokenKind.PrefixedName, "a prefix name such as 'ex:'");
                if (name.PrefixLength != name.Text.Length - 1)
                {
                    throw Error("A prefix declaration takes a prefix name ending in ':'", name);
                }

                var iri = Expect(TokenKind.IriRef, "an IRI");
                _prefixes[name.Text[..name.PrefixLength]] = ResolveIri(iri).Value;
            }
            else
            {
                return;
            }
        }
    }

    private SparqlQuery ConstructQuery()
    {
        Advance();
        if (Current.Is("{"))
        {
            var template = ConstructTemplate();
            var dataset = DatasetClauses();
            var level = QueryLevel(null, WhereClause(required: true));
            return new SparqlQuery(SparqlQueryForm.Construct, TranslateLevel(level), _base, dataset, template, null);
        }

        var shortDataset = DatasetClauses();
        ExpectKeyword("WHERE");
        Expect("{");
        var triples = new List<TriplePattern>();
        NewBlock();
        while (!Current.Is("}"))
        {
            TriplesSameSubject(triples, allowPaths: false, paths: null);
            if (!Accept("."))
            {
                break;
            }
        }

        Expect("}");
        var shortTemplate = ValueArray<TriplePattern>.Own(triples);
        var shortLevel = QueryLevel(null, shortTemplate.Count == 0 ? OpBgp.Empty : new OpBgp(shortTemplate));
        return new SparqlQuery(SparqlQueryForm.Construct, TranslateLevel(shortLevel), _base, shortDataset, shortTemplate, null);
    }

    private SparqlQuery DescribeQuery()
    {
        var at = Advance();
        var targets = new List<TermPattern>();
        var star = Accept("*");
        if (!star)
        {
            do
            {
                targets.Add(Current.Kind == TokenKind.Variable ? Var() : (TermPattern)Iri());
            }
            while (Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName);
        }

        var dataset = DatasetClauses();
        var where = Current.IsKeyword("WHERE") || Current.Is("{") ? WhereClause(required: true) : OpBgp.Empty;
        var select = new SelectClauseSyntax(star, false, false, [], at);
        foreach (var target in targets.Where(t => t.IsVariable))
        {
            select.Items.Add(new SelectItem(target.Variable!, null, Current));
        }

        var level = QueryLevel(select, where);
        var pattern = TranslateLevel(level);
        if (star && pattern is OpProject project)
        {
            targets.AddRange(project.Variables.Select(v => new TermPattern(v)));
        }

        return new SparqlQuery(SparqlQueryForm.Describe, pattern, _base, dataset, null, ValueArray<TermPattern>.Own(targets));
    }

    private QueryDataset? DatasetClauses()
    {
        List<Iri>? defaults = null;
        List<Iri>? named = null;
        while (Current.IsKeyword("FROM"))
        {
            Advance();
            if (AcceptKeyword("NAMED"))
            {
                (named ??= []).Add(Iri());
            }
            else
            {
                (defaults ??= []).Add(Iri());
            }
        }

        return defaults is null && named is null
            ? null
            : new QueryDataset(ValueArray<Iri>.Own(defaults ?? []), ValueArray<Iri>.Own(named ?? []));
    }

    private Op WhereClause(bool required)
    {
        var hasWhere = AcceptKeyword("WHERE");
        if (!hasWhere && !required && !Current.Is("{"))
        {
            return OpBgp.Empty;
        }

        return GroupGraphPattern();
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Error($"Unexpected {Current.Describe()} after the end", Current);
        }
    }

    private Token Advance()
    {
        var token = _tokens[_index];
        if (token.Kind != TokenKind.End)
        {
            _index++;
        }

        return token;
    }

    private Token Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private bool Accept(string punctuation)
    {
        if (Current.Is(punctuation))
        {
            _index++;
            return true;
        }

        return false;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (Current.IsKeyword(keyword))
        {
            _index++;
            return true;
        }

        return false;
    }

    private Token Expect(string punctuation)
    {
        if (!Current.Is(punctuation))
        {
            throw Error($"Expected '{punctuation}' but found {Current.Describe()}", Current);
        }

        return Advance();
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            throw Error($"Expected {keyword} but found {Current.Describe()}", Current);
        }

        return Advance();
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Error($"Expected {what} but found {Current.Describe()}", Current);
        }

        return Advance();
    }

    private SparqlSyntaxException Error(string detail, Token token) => _source.Error(detail, token.Start, token.End);
}
