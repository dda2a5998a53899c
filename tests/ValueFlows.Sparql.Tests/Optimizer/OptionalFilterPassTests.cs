using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class OptionalFilterPassTests
{
    [Theory]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (> ?v 1))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (filter (> ?v 1) (bgp (triple ?s ?q ?v))))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (> ?v ?o))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (> ?v ?o))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (&& (> ?v 1) (!= ?v ?o)))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (filter (> ?v 1) (bgp (triple ?s ?q ?v))) (!= ?v ?o))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (leftjoin (bgp (triple ?s ?q ?v)) (bgp (triple ?v ?r ?w))) (bound ?w))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (leftjoin (bgp (triple ?s ?q ?v)) (bgp (triple ?v ?r ?w))) (bound ?w))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (exists (bgp (triple ?v ?p ?o))))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (exists (bgp (triple ?v ?p ?o))))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (! (bound ?z)))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v)) (! (bound ?z)))")]
    public void Rewrite_OptionalCondition_MovesOnlyWhatTheOptionalSideBinds(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new OptionalFilterPass(), input));
}
