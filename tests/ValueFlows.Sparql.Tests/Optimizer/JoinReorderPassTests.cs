using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class JoinReorderPassTests
{
    private static readonly OptimizerContext s_statistics = new(Data(), null);

    /// <summary>100 <c>common</c>, 10 <c>mid</c>, 1 <c>rare</c> triples in the default graph; 5 <c>rare</c> and 1 <c>common</c> in graph g.</summary>
    private static DatasetQueryable Data()
    {
        var dataset = new Dataset();
        var g = Iri.Create("http://e/g");
        for (var i = 0; i < 100; i++)
        {
            dataset.Add(new Quad(Iri.Create($"http://e/s{i}"), Iri.Create("http://e/common"), Iri.Create($"http://e/o{i}"), null));
        }

        for (var i = 0; i < 10; i++)
        {
            dataset.Add(new Quad(Iri.Create($"http://e/o{i}"), Iri.Create("http://e/mid"), Iri.Create($"http://e/x{i}"), null));
            dataset.Add(new Quad(Iri.Create($"http://e/s{i}"), Iri.Create("http://e/rare"), Iri.Create($"http://e/x{i}"), i < 5 ? g : null));
        }

        dataset.Add(new Quad(Iri.Create("http://e/s1"), Iri.Create("http://e/rare"), Iri.Create("http://e/x1"), null));
        dataset.Add(new Quad(Iri.Create("http://e/s1"), Iri.Create("http://e/common"), Iri.Create("http://e/x1"), g));
        return new DatasetQueryable(dataset);
    }

    [Theory]
    [InlineData(
        "(bgp (triple ?s <http://e/common> ?o) (triple ?s <http://e/rare> ?x))",
        "(bgp (triple ?s <http://e/rare> ?x) (triple ?s <http://e/common> ?o))")]
    [InlineData(
        "(bgp (triple ?a <http://e/common> ?b) (triple ?c <http://e/rare> ?d) (triple ?b <http://e/mid> ?c))",
        "(bgp (triple ?c <http://e/rare> ?d) (triple ?b <http://e/mid> ?c) (triple ?a <http://e/common> ?b))")]
    [InlineData(
        "(bgp (triple ?s <http://e/common> ?o) (triple ?s <http://e/absent> ?x))",
        "(bgp (triple ?s <http://e/absent> ?x) (triple ?s <http://e/common> ?o))")]
    [InlineData(
        "(bgp (triple ?s <http://e/common> ?o) (triple _:b <http://e/mid> ?o) (triple _:b <http://e/rare> ?x))",
        "(bgp (triple _:b <http://e/rare> ?x) (triple _:b <http://e/mid> ?o) (triple ?s <http://e/common> ?o))")]
    [InlineData(
        "(graph <http://e/g> (bgp (triple ?s <http://e/rare> ?x) (triple ?s <http://e/common> ?o)))",
        "(graph <http://e/g> (bgp (triple ?s <http://e/common> ?o) (triple ?s <http://e/rare> ?x)))")]
    [InlineData(
        "(join (join (bgp (triple ?a <http://e/p> ?b)) (bgp (triple ?c <http://e/q> ?d))) (path ?b (path+ <http://e/r>) ?c))",
        "(join (join (bgp (triple ?a <http://e/p> ?b)) (path ?b (path+ <http://e/r>) ?c)) (bgp (triple ?c <http://e/q> ?d)))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s <http://e/common> ?o) (triple ?s <http://e/rare> ?x)) (bgp (triple ?o <http://e/common> ?v) (triple ?o <http://e/rare> ?w)))",
        "(leftjoin (bgp (triple ?s <http://e/rare> ?x) (triple ?s <http://e/common> ?o)) (bgp (triple ?o <http://e/rare> ?w) (triple ?o <http://e/common> ?v)))")]
    [InlineData(
        "(filter (! (exists (bgp (triple ?a <http://e/common> ?b) (triple ?a <http://e/rare> ?c)))) (bgp (triple ?s <http://e/common> ?o) (triple ?s <http://e/rare> ?x)))",
        "(filter (! (exists (bgp (triple ?a <http://e/rare> ?c) (triple ?a <http://e/common> ?b)))) (bgp (triple ?s <http://e/rare> ?x) (triple ?s <http://e/common> ?o)))")]
    public void Rewrite_WithStatistics_OrdersBySelectivityAndConnectedness(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new JoinReorderPass(), input, s_statistics));

    [Fact]
    public void Rewrite_WithoutStatistics_LeavesTheOrder()
    {
        const string Bgp = "(bgp (triple ?s <http://e/common> ?o) (triple ?s <http://e/rare> ?x))";

        Assert.Equal(Bgp, PassGolden.Run(new JoinReorderPass(), Bgp));
    }
}
