using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Sparql.Syntax;

/// <summary>The SPARQL 1.1 Update grammar (§19.8 of Query, rules 3 and 29–52), with its static checks.</summary>
internal sealed partial class SparqlParser
{
    private readonly Dictionary<string, int> _labelOperations = new(StringComparer.Ordinal);
    private int _operation;
    private bool _inData;

    /// <summary>Parses a whole update request.</summary>
    public static SparqlUpdate ParseUpdate(string text, Iri? baseIri)
    {
        var parser = new SparqlParser(text, baseIri);
        var operations = new List<UpdateOperation>();
        while (true)
        {
            parser.Prologue();
            if (parser.Current.Kind == TokenKind.End)
            {
                break;
            }

            operations.Add(parser.UpdateOperation());
            parser._operation++;
            if (!parser.Accept(";"))
            {
                break;
            }
        }

        parser.ExpectEnd();
        return new SparqlUpdate(operations, parser._base);
    }

    private UpdateOperation UpdateOperation()
    {
        var token = Current;
        if (token.Kind != TokenKind.Name)
        {
            throw Error($"Expected an update operation but found {token.Describe()}", token);
        }

        switch (token.Text.ToUpperInvariant())
        {
            case "LOAD":
            {
                Advance();
                var silent = AcceptKeyword("SILENT");
                var source = Iri();
                Iri? destination = null;
                if (AcceptKeyword("INTO"))
                {
                    ExpectKeyword("GRAPH");
                    destination = Iri();
                }

                return new LoadOperation(source, destination, silent);
            }

            case "CLEAR":
            {
                Advance();
                var silent = AcceptKeyword("SILENT");
                return new ClearOperation(GraphRefAll(), silent);
            }

            case "DROP":
            {
                Advance();
                var silent = AcceptKeyword("SILENT");
                return new DropOperation(GraphRefAll(), silent);
            }

            case "CREATE":
            {
                Advance();
                var silent = AcceptKeyword("SILENT");
                ExpectKeyword("GRAPH");
                return new CreateOperation(Iri(), silent);
            }

            case "ADD" or "MOVE" or "COPY":
            {
                Advance();
                var kind = token.Text.ToUpperInvariant() switch
                {
                    "ADD" => GraphTransferKind.Add,
                    "MOVE" => GraphTransferKind.Move,
                    _ => GraphTransferKind.Copy,
                };
                var silent = AcceptKeyword("SILENT");
                var source = GraphOrDefault();
                ExpectKeyword("TO");
                return new GraphTransferOperation(kind, source, GraphOrDefault(), silent);
            }

            case "INSERT" when Peek(1).IsKeyword("DATA"):
                Advance();
                Advance();
                return new InsertDataOperation(ValueArray<QuadPattern>.Own(QuadData(allowBlankNodes: true)));
            case "DELETE" when Peek(1).IsKeyword("DATA"):
                Advance();
                Advance();
                return new DeleteDataOperation(ValueArray<QuadPattern>.Own(QuadData(allowBlankNodes: false)));
            case "DELETE" when Peek(1).IsKeyword("WHERE"):
            {
                Advance();
                Advance();
                var quads = QuadPatternBlock(forbidBlankNodes: true, out var pattern);
                return new ModifyOperation(ValueArray<QuadPattern>.Own(quads), ValueArray<QuadPattern>.Empty, null, null, pattern, true);
            }

            case "WITH" or "DELETE" or "INSERT":
                return Modify();
            default:
                throw Error($"Expected an update operation but found {token.Describe()}", token);
        }
    }

    private ModifyOperation Modify()
    {
        Iri? with = null;
        if (AcceptKeyword("WITH"))
        {
            with = Iri();
        }

        var delete = new List<QuadPattern>();
        var insert = new List<QuadPattern>();
        if (AcceptKeyword("DELETE"))
        {
            delete = QuadPatternBlock(forbidBlankNodes: true, out _);
            if (AcceptKeyword("INSERT"))
            {
                insert = QuadPatternBlock(forbidBlankNodes: false, out _);
            }
        }
        else
        {
            ExpectKeyword("INSERT");
            insert = QuadPatternBlock(forbidBlankNodes: false, out _);
        }

        List<Iri>? defaults = null;
        List<Iri>? named = null;
        while (AcceptKeyword("USING"))
        {
            if (AcceptKeyword("NAMED"))
            {
                (named ??= []).Add(Iri());
            }
            else
            {
                (defaults ??= []).Add(Iri());
            }
        }

        var dataset = defaults is null && named is null
            ? null
            : new QueryDataset(ValueArray<Iri>.Own(defaults ?? []), ValueArray<Iri>.Own(named ?? []));
        ExpectKeyword("WHERE");
        var pattern = GroupGraphPattern();
        return new ModifyOperation(ValueArray<QuadPattern>.Own(delete), ValueArray<QuadPattern>.Own(insert), with, dataset, pattern);
    }

    /// <summary><c>GraphRefAll ::= GraphRef | DEFAULT | NAMED | ALL</c>.</summary>
    private GraphTarget GraphRefAll()
    {
        if (AcceptKeyword("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        if (AcceptKeyword("NAMED"))
        {
            return GraphTarget.Named;
        }

        if (AcceptKeyword("ALL"))
        {
            return GraphTarget.All;
        }

        ExpectKeyword("GRAPH");
        return GraphTarget.Graph(Iri());
    }

    /// <summary><c>GraphOrDefault ::= DEFAULT | GRAPH? iri</c>.</summary>
    private GraphTarget GraphOrDefault()
    {
        if (AcceptKeyword("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        AcceptKeyword("GRAPH");
        return GraphTarget.Graph(Iri());
    }

    /// <summary><c>QuadData</c>: quads without variables; DELETE DATA also refuses blank nodes.</summary>
    private List<QuadPattern> QuadData(bool allowBlankNodes)
    {
        var start = Current;
        _inData = true;
        List<QuadPattern> quads;
        try
        {
            quads = Quads(out _);
        }
        finally
        {
            _inData = false;
        }

        foreach (var quad in quads)
        {
            foreach (var position in Positions(quad))
            {
                if (position.IsVariable)
                {
                    throw Error($"{position.Variable} in data: INSERT DATA and DELETE DATA take no variables", start);
                }

                if (!allowBlankNodes && position.Term is BlankNode)
                {
                    throw Error("DELETE DATA takes no blank nodes", start);
                }
            }
        }

        return quads;
    }

    /// <summary>A template (<c>QuadPattern</c>); DELETE templates refuse blank nodes. Also gives the quads as a graph pattern.</summary>
    private List<QuadPattern> QuadPatternBlock(bool forbidBlankNodes, out Op pattern)
    {
        var start = Current;
        var quads = Quads(out pattern);
        if (forbidBlankNodes && quads.SelectMany(Positions).Any(p => p.Term is BlankNode))
        {
            throw Error("DELETE templates take no blank nodes", start);
        }

        return quads;
    }

    private static IEnumerable<TermPattern> Positions(QuadPattern quad)
    {
        yield return quad.Subject;
        yield return quad.Predicate;
        yield return quad.Object;
        if (quad.Graph is { } graph)
        {
            yield return graph;
        }
    }

    /// <summary>
    /// <c>'{' Quads '}'</c>: triples templates, in the default graph or in <c>GRAPH</c> blocks. <paramref name="pattern"/>
    /// is the same quads as a graph pattern (for DELETE WHERE): BGPs joined in order, GRAPH blocks as Graph.
    /// </summary>
    private List<QuadPattern> Quads(out Op pattern)
    {
        Expect("{");
        var quads = new List<QuadPattern>();
        pattern = OpBgp.Empty;
        var triples = new List<TriplePattern>();
        var needsDot = false;
        while (!Current.Is("}"))
        {
            if (AcceptKeyword("GRAPH"))
            {
                pattern = FlushTemplate(pattern, triples, quads, null);
                var graph = VarOrIri();
                Expect("{");
                var inner = new List<TriplePattern>();
                TriplesTemplate(inner);
                Expect("}");
                Accept(".");
                needsDot = false;
                var graphPattern = new OpGraph(graph, inner.Count == 0 ? OpBgp.Empty : new OpBgp(ValueArray<TriplePattern>.Own(inner)));
                quads.AddRange(inner.Select(t => new QuadPattern(t.Subject, t.Predicate, t.Object, graph)));
                pattern = OpJoin.Create(pattern, graphPattern);
                continue;
            }

            if (needsDot)
            {
                throw Error($"Expected '.' or '}}' but found {Current.Describe()}", Current);
            }

            TriplesSameSubjectInTemplate(triples);
            needsDot = !Accept(".");
        }

        Advance();
        pattern = FlushTemplate(pattern, triples, quads, null);
        return quads;
    }

    private static Op FlushTemplate(Op pattern, List<TriplePattern> triples, List<QuadPattern> quads, TermPattern? graph)
    {
        if (triples.Count == 0)
        {
            return pattern;
        }

        quads.AddRange(triples.Select(t => new QuadPattern(t.Subject, t.Predicate, t.Object, graph)));
        var joined = OpJoin.Create(pattern, new OpBgp(ValueArray<TriplePattern>.Own(triples)));
        triples.Clear();
        return joined;
    }

    /// <summary><c>TriplesTemplate</c> inside a GRAPH block of a template.</summary>
    private void TriplesTemplate(List<TriplePattern> triples)
    {
        while (!Current.Is("}"))
        {
            TriplesSameSubjectInTemplate(triples);
            if (!Accept("."))
            {
                return;
            }
        }
    }

    /// <summary>Reads one subject of a template; its blank node labels belong to this operation, not to a basic graph pattern.</summary>
    private void TriplesSameSubjectInTemplate(List<TriplePattern> triples)
    {
        _inTemplate = true;
        try
        {
            TriplesSameSubject(triples, allowPaths: false, paths: null);
        }
        finally
        {
            _inTemplate = false;
        }
    }
}
