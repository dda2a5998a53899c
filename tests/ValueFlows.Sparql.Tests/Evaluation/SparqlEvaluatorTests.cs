using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Tests.Evaluation;

public sealed class SparqlEvaluatorTests
{
    private const string Ex = "http://example.org/";

    private static Iri I(string local) => Iri.Create(Ex + local);

    private static DatasetQueryable Data(params (string S, string P, Term O)[] triples)
    {
        var dataset = new Dataset();
        foreach (var (s, p, o) in triples)
        {
            dataset.Add(new Quad(I(s), I(p), o, null));
        }

        return new DatasetQueryable(dataset);
    }

    private static List<IReadOnlyList<Term?>> Select(string query, IQueryableDataset data) =>
        [.. SparqlEvaluator.Evaluate(SparqlQuery.Parse("PREFIX : <" + Ex + ">\n" + query), data).Solutions];

    [Fact]
    public void Evaluate_BgpJoin_BindsSharedVariable()
    {
        var data = Data(("a", "knows", I("b")), ("b", "name", Literal.Create("Bob")), ("c", "name", Literal.Create("Cy")));

        var rows = Select("SELECT ?n WHERE { :a :knows ?x . ?x :name ?n }", data);

        Assert.Equal(Literal.Create("Bob"), Assert.Single(rows)[0]);
    }

    [Fact]
    public void Evaluate_OptionalWithoutMatch_LeavesVariableUnbound()
    {
        var data = Data(("a", "p", I("b")));

        var rows = Select("SELECT ?x ?n WHERE { ?x :p ?o OPTIONAL { ?x :name ?n } }", data);

        var row = Assert.Single(rows);
        Assert.Equal(I("a"), row[0]);
        Assert.Null(row[1]);
    }

    [Fact]
    public void Evaluate_FilterWithTypeError_DropsRowWithoutThrowing()
    {
        var data = Data(("a", "v", Literal.Create("text")), ("b", "v", Literal.Create("5", Xsd.Integer)));

        var rows = Select("SELECT ?s WHERE { ?s :v ?v FILTER(?v + 1 > 5) }", data);

        Assert.Equal(I("b"), Assert.Single(rows)[0]);
    }

    [Fact]
    public void Evaluate_ZeroOrMorePathOverCycle_Terminates()
    {
        var data = Data(("a", "next", I("b")), ("b", "next", I("c")), ("c", "next", I("a")));

        var rows = Select("SELECT ?x WHERE { :a :next* ?x }", data);

        Assert.Equal(3, rows.Count);
        Assert.Equal([I("a"), I("b"), I("c")], rows.Select(r => r[0]).OrderBy(t => t!.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_GroupWithAggregates_ComputesPerGroup()
    {
        var data = Data(
            ("a", "score", Literal.Create("1", Xsd.Integer)),
            ("a", "score", Literal.Create("3", Xsd.Integer)),
            ("b", "score", Literal.Create("2.5", Xsd.Decimal)));

        var rows = Select("SELECT ?s (SUM(?v) AS ?sum) (COUNT(*) AS ?n) (GROUP_CONCAT(?v; SEPARATOR=',') AS ?all) WHERE { ?s :score ?v } GROUP BY ?s ORDER BY ?s", data);

        Assert.Equal(2, rows.Count);
        Assert.Equal(Literal.Create("4", Xsd.Integer), rows[0][1]);
        Assert.Equal(Literal.Create("2", Xsd.Integer), rows[0][2]);
        Assert.Equal(Literal.Create("2.5", Xsd.Decimal), rows[1][1]);
    }

    [Fact]
    public void Evaluate_OrderByDescWithSlice_ReturnsTopRows()
    {
        var data = Data(("a", "v", Literal.Create("1", Xsd.Integer)), ("b", "v", Literal.Create("3", Xsd.Integer)), ("c", "v", Literal.Create("2", Xsd.Integer)));

        var rows = Select("SELECT ?s WHERE { ?s :v ?v } ORDER BY DESC(?v) LIMIT 2", data);

        Assert.Equal([I("b"), I("c")], rows.Select(r => r[0]));
    }

    [Fact]
    public void Evaluate_Minus_RemovesCompatibleSolutions()
    {
        var data = Data(("a", "type", I("T")), ("b", "type", I("T")), ("b", "hidden", Literal.Create("yes")));

        var rows = Select("SELECT ?s WHERE { ?s :type :T MINUS { ?s :hidden ?h } }", data);

        Assert.Equal(I("a"), Assert.Single(rows)[0]);
    }

    [Fact]
    public void Evaluate_NotExists_FiltersWithOuterBinding()
    {
        var data = Data(("a", "type", I("T")), ("b", "type", I("T")), ("b", "hidden", Literal.Create("yes")));

        var rows = Select("SELECT ?s WHERE { ?s :type :T FILTER NOT EXISTS { ?s :hidden ?h } }", data);

        Assert.Equal(I("a"), Assert.Single(rows)[0]);
    }

    [Fact]
    public void Evaluate_BindAndFunctions_ComputeNewTerms()
    {
        var data = Data(("a", "name", Literal.Create("alice")));

        var rows = Select("SELECT ?u ?len WHERE { ?s :name ?n BIND(UCASE(?n) AS ?u) BIND(STRLEN(?n) AS ?len) }", data);

        var row = Assert.Single(rows);
        Assert.Equal(Literal.Create("ALICE"), row[0]);
        Assert.Equal(Literal.Create("5", Xsd.Integer), row[1]);
    }

    [Fact]
    public void Evaluate_Ask_ReturnsWhetherPatternMatches()
    {
        var data = Data(("a", "p", I("b")));

        Assert.True(SparqlEvaluator.Evaluate(SparqlQuery.Parse("ASK { ?s <" + Ex + "p> ?o }"), data).Boolean);
        Assert.False(SparqlEvaluator.Evaluate(SparqlQuery.Parse("ASK { ?s <" + Ex + "missing> ?o }"), data).Boolean);
    }

    [Fact]
    public void Evaluate_ConstructWithTemplateBlankNode_MakesOneFreshNodePerSolution()
    {
        var data = Data(("a", "p", I("x")), ("b", "p", I("y")));

        var quads = SparqlEvaluator.Evaluate(SparqlQuery.Parse("PREFIX : <" + Ex + "> CONSTRUCT { _:n :of ?s ; :to ?o } WHERE { ?s :p ?o }"), data).Quads.ToList();

        Assert.Equal(4, quads.Count);
        Assert.Equal(2, quads.Select(q => q.Subject).Distinct().Count());
        Assert.All(quads, q => Assert.IsType<BlankNode>(q.Subject));
    }

    [Fact]
    public void Evaluate_Describe_IncludesBlankNodeClosure()
    {
        var dataset = new Dataset();
        var node = BlankNode.Create("n");
        dataset.Add(new Quad(I("a"), I("address"), node, null));
        dataset.Add(new Quad(node, I("city"), Literal.Create("Paris"), null));
        dataset.Add(new Quad(I("b"), I("p"), I("a"), null));

        var quads = SparqlEvaluator.Evaluate(SparqlQuery.Parse("DESCRIBE <" + Ex + "a>"), new DatasetQueryable(dataset)).Quads.ToList();

        Assert.Equal(2, quads.Count);
        Assert.Contains(quads, q => q.Predicate.Equals(I("city")));
    }

    [Fact]
    public void Evaluate_GraphVariable_BindsNamedGraphsOnly()
    {
        var dataset = new Dataset();
        dataset.Add(new Quad(I("a"), I("p"), I("b"), null));
        dataset.Add(new Quad(I("c"), I("p"), I("d"), I("g1")));

        var rows = Select("SELECT ?g ?s WHERE { GRAPH ?g { ?s :p ?o } }", new DatasetQueryable(dataset));

        var row = Assert.Single(rows);
        Assert.Equal(I("g1"), row[0]);
        Assert.Equal(I("c"), row[1]);
    }

    [Fact]
    public void Evaluate_CancelledToken_Throws()
    {
        var data = Data(("a", "p", I("b")), ("b", "p", I("c")));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var result = SparqlEvaluator.Evaluate(SparqlQuery.Parse("SELECT * WHERE { ?s ?p ?o . ?o ?q ?z }"), data, cancellation.Token);

        Assert.Throws<OperationCanceledException>(() => result.Solutions.ToList());
    }

    [Fact]
    public void Evaluate_ValuesWithUnboundCell_JoinsOnBoundVariablesOnly()
    {
        var data = Data(("a", "p", I("b")), ("c", "p", I("d")));

        var rows = Select("SELECT ?s ?o WHERE { ?s :p ?o VALUES (?s ?o) { (:a UNDEF) (UNDEF :d) } }", data);

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Evaluate_FromAndFromNamed_SelectGraphsOfTheDataset()
    {
        var dataset = new Dataset();
        dataset.Add(new Quad(I("a"), I("p"), I("x"), null));
        dataset.Add(new Quad(I("b"), I("p"), I("x"), I("g1")));
        dataset.Add(new Quad(I("b"), I("p"), I("x"), I("g2")));
        dataset.Add(new Quad(I("c"), I("p"), I("x"), I("g3")));
        var data = new DatasetQueryable(dataset);

        var merged = Select("SELECT ?s FROM :g1 FROM :g2 WHERE { ?s :p ?o }", data);
        var named = Select("SELECT ?g FROM NAMED :g3 WHERE { GRAPH ?g { ?s :p ?o } }", data);
        var emptyDefault = Select("SELECT ?s FROM NAMED :g3 WHERE { ?s :p ?o }", data);

        Assert.Equal(I("b"), Assert.Single(merged)[0]);
        Assert.Equal(I("g3"), Assert.Single(named)[0]);
        Assert.Empty(emptyDefault);
    }

    [Fact]
    public void Evaluate_OptionalOverManyRows_MatchesThroughHashedRightSide()
    {
        var triples = new List<(string, string, Term)>();
        for (int i = 0; i < 10; i++)
        {
            triples.Add(("s" + i, "type", I("T")));
            if (i % 2 == 0)
            {
                triples.Add(("s" + i, "label", Literal.Create("L" + i)));
            }
        }

        var rows = Select("SELECT ?s ?l WHERE { ?s :type :T OPTIONAL { ?s :label ?l } }", Data([.. triples]));

        Assert.Equal(10, rows.Count);
        Assert.Equal(5, rows.Count(r => r[1] is not null));
        Assert.Contains(rows, r => I("s4").Equals(r[0]) && Literal.Create("L4").Equals(r[1]));
    }

    [Fact]
    public void Evaluate_JoinWithUnboundKeyOnLeft_ScansAllRightRows()
    {
        var triples = new List<(string, string, Term)> { ("a", "type", I("T")) };
        for (int i = 0; i < 6; i++)
        {
            triples.Add(("x" + i, "name", Literal.Create("n" + i)));
        }

        // ?s is unbound on the left (OPTIONAL did not match), so it joins with every right row.
        var rows = Select("SELECT * WHERE { { ?a :type :T OPTIONAL { ?a :missing ?s } } { ?s :name ?n } }", Data([.. triples]));

        Assert.Equal(6, rows.Count);
    }
}
