using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class BgpMergePassTests
{
    [Theory]
    [InlineData("(join (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v)))", "(bgp (triple ?s ?p ?o) (triple ?o ?q ?v))")]
    [InlineData(
        "(join (join (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v))) (bgp (triple ?v ?r ?w)))",
        "(bgp (triple ?s ?p ?o) (triple ?o ?q ?v) (triple ?v ?r ?w))")]
    [InlineData(
        "(join (join (path ?s (path+ <http://e/p>) ?o) (bgp (triple ?o ?q ?v))) (bgp (triple ?v ?r ?w)))",
        "(join (path ?s (path+ <http://e/p>) ?o) (bgp (triple ?o ?q ?v) (triple ?v ?r ?w)))")]
    [InlineData(
        "(join (bgp (triple ?s ?p ?o)) (graph ?g (bgp (triple ?o ?q ?v))))",
        "(join (bgp (triple ?s ?p ?o)) (graph ?g (bgp (triple ?o ?q ?v))))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v)))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v)))")]
    [InlineData(
        "(union (join (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v))) (bgp))",
        "(union (bgp (triple ?s ?p ?o) (triple ?o ?q ?v)) (bgp))")]
    public void Rewrite_JoinedBgps_BecomeOne(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new BgpMergePass(), input));
}
