using ValueFlows.Rdf;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Sparql.Tests.Update;

public sealed class SparqlUpdateExecutorTests
{
    private const string Ex = "http://example.org/";

    private static Iri I(string local) => Iri.Create(Ex + local);

    private static SparqlUpdateResult Run(InMemoryUpdatableDataset data, string update) =>
        SparqlUpdateExecutor.Execute(SparqlUpdate.Parse("PREFIX : <" + Ex + ">\n" + update), data);

    private static InMemoryUpdatableDataset Data(params Quad[] quads) => new(new Dataset(quads));

    private static Literal N(int n) => Literal.Create(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer);

    [Fact]
    public void Execute_SeveralOperations_CountsPerOperationAndInTotal()
    {
        var data = Data();
        var result = Run(data, "INSERT DATA { :a :p 1, 2, 3 } ; DELETE DATA { :a :p 2 } ; DELETE WHERE { :a :p ?o }");

        Assert.Equal([(3L, 0L), (0L, 1L), (0L, 2L)], result.Operations.Select(o => (o.Added, o.Removed)));
        Assert.Equal(3, result.Added);
        Assert.Equal(3, result.Removed);
        Assert.Equal(0, data.Count);
    }

    [Fact]
    public void Execute_LaterOperation_SeesEarlierOnesEffects()
    {
        var data = Data();
        Run(data, "INSERT DATA { :a :p 1 } ; INSERT { ?s :q ?o } WHERE { ?s :p ?o }");

        Assert.Contains(new Quad(I("a"), I("q"), N(1), null), data.ToDataset());
    }

    [Fact]
    public void Execute_DeleteInsert_EvaluatesWhereOnceBeforeChanging()
    {
        var data = Data(new Quad(I("a"), I("n"), N(1), null), new Quad(I("b"), I("n"), N(2), null));
        var result = Run(data, "DELETE { ?s :n ?o } INSERT { ?s :n ?next } WHERE { ?s :n ?o BIND(?o + 1 AS ?next) }");

        Assert.Equal(2, result.Added);
        Assert.Equal(2, result.Removed);
        Assert.Equal(
            new HashSet<Quad> { new(I("a"), I("n"), N(2), null), new(I("b"), I("n"), N(3), null) },
            data.ToDataset().ToHashSet());
    }

    [Fact]
    public void Execute_DeleteAndInsertSameQuad_KeepsIt()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), null));
        Run(data, "DELETE { ?s :p ?o } INSERT { ?s :p ?o } WHERE { ?s :p ?o }");

        Assert.Equal(1, data.Count);
    }

    [Fact]
    public void Execute_TemplateBlankNode_IsFreshPerSolution()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), null), new Quad(I("b"), I("p"), N(2), null));
        Run(data, "INSERT { _:n :about ?s . _:n :label \"x\" } WHERE { ?s :p ?o }");

        var nodes = data.ToDataset().Where(q => q.Predicate.Equals(I("about"))).Select(q => q.Subject).ToList();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.IsType<BlankNode>(n));
        Assert.NotEqual(nodes[0], nodes[1]);
        Assert.Equal(2, data.ToDataset().Count(q => q.Predicate.Equals(I("label"))));
    }

    [Fact]
    public void Execute_InsertDataBlankNodeInTwoRequests_MakesTwoNodes()
    {
        var data = Data();
        Run(data, "INSERT DATA { _:b :p 1 }");
        Run(data, "INSERT DATA { _:b :p 1 }");

        Assert.Equal(2, data.Count);
    }

    [Fact]
    public void Execute_UnboundOrIllFormedTemplateQuads_AreSkipped()
    {
        var data = Data(new Quad(I("a"), I("p"), Literal.Create("lit"), null));
        var result = Run(data, "INSERT { ?o :q ?s . ?s :q ?missing . ?s ?o :x . GRAPH ?o { ?s :q 1 } . ?s :ok 1 } WHERE { ?s :p ?o }");

        Assert.Equal(1, result.Added);
        Assert.Contains(new Quad(I("a"), I("ok"), N(1), null), data.ToDataset());
    }

    [Fact]
    public void Execute_With_IsTheDefaultGraphOfWhereAndTemplates()
    {
        var g = I("g");
        var data = Data(new Quad(I("a"), I("p"), N(1), g), new Quad(I("b"), I("p"), N(1), null));
        Run(data, "WITH :g DELETE { ?s :p ?o } INSERT { ?s :q ?o } WHERE { ?s :p ?o }");

        Assert.Equal(
            new HashSet<Quad> { new(I("a"), I("q"), N(1), g), new(I("b"), I("p"), N(1), null) },
            data.ToDataset().ToHashSet());
    }

    [Fact]
    public void Execute_Using_ReplacesTheDatasetOfWhere()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), I("g")), new Quad(I("b"), I("p"), N(1), null));
        Run(data, "INSERT { ?s :seen 1 } USING :g WHERE { ?s :p ?o }");

        Assert.Contains(new Quad(I("a"), I("seen"), N(1), null), data.ToDataset());
        Assert.DoesNotContain(new Quad(I("b"), I("seen"), N(1), null), data.ToDataset());
    }

    [Fact]
    public void Execute_CreateOfGraphWithQuads_FailsUnlessSilent()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), I("g")));

        var error = Assert.Throws<SparqlUpdateException>(() => Run(data, "CREATE GRAPH :g"));
        Assert.Equal(UpdateErrorKind.GraphExists, error.Kind);
        Assert.Equal(I("g"), error.Iri);
        Run(data, "CREATE SILENT GRAPH :g ; CREATE GRAPH :empty");
        Assert.Equal(1, data.Count);
    }

    [Fact]
    public void Execute_CopyFromMissingGraph_FailsUnlessSilent()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), null));

        var error = Assert.Throws<SparqlUpdateException>(() => Run(data, "COPY :nothing TO DEFAULT"));
        Assert.Equal(UpdateErrorKind.GraphMissing, error.Kind);
        Run(data, "COPY SILENT :nothing TO DEFAULT");
        Assert.Equal(1, data.Count);
    }

    [Fact]
    public void Execute_MoveAndCopyAndAdd_FollowTheSpec()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), null), new Quad(I("b"), I("p"), N(2), I("g")));
        Run(data, "COPY DEFAULT TO :h ; ADD :g TO :h ; MOVE :h TO :g ; COPY :g TO :g");

        Assert.Equal(
            new HashSet<Quad> { new(I("a"), I("p"), N(1), null), new(I("a"), I("p"), N(1), I("g")), new(I("b"), I("p"), N(2), I("g")) },
            data.ToDataset().ToHashSet());
    }

    [Fact]
    public void Execute_ClearAndDrop_EmptyTheirTargets()
    {
        var data = Data(new Quad(I("a"), I("p"), N(1), null), new Quad(I("b"), I("p"), N(2), I("g")), new Quad(I("c"), I("p"), N(3), I("h")));
        Run(data, "CLEAR GRAPH :g ; DROP SILENT GRAPH :nothing ; CLEAR GRAPH :nothing");
        Assert.Equal(2, data.Count);
        Run(data, "DROP NAMED");
        Assert.Equal(1, data.Count);
        Run(data, "CLEAR ALL");
        Assert.Equal(0, data.Count);
    }

    [Fact]
    public void Parse_DeleteDataWithBlankNode_IsASyntaxError()
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlUpdate.Parse("DELETE DATA { _:b <http://example.org/p> 1 }"));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Execute_FailingOperation_LeavesOnlyWhatTheCallerKeeps()
    {
        var before = new Dataset([new Quad(I("a"), I("p"), N(1), null)]);
        var data = new InMemoryUpdatableDataset(before);

        Assert.Throws<SparqlUpdateException>(() => Run(data, "INSERT DATA { :b :p 2 } ; LOAD <http://example.org/doc.ttl>"));
        Assert.Single(before);
    }
}
