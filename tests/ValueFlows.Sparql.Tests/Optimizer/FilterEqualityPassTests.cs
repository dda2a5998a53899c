using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class FilterEqualityPassTests
{
    [Theory]
    [InlineData(
        "(filter (= ?o <http://e/a>) (bgp (triple ?s ?p ?o)))",
        "(extend ((?o <http://e/a>)) (bgp (triple ?s ?p <http://e/a>)))")]
    [InlineData(
        "(filter (&& (sameterm <http://e/p> ?p) (> ?o 1)) (bgp (triple ?s ?p ?o)))",
        "(filter (> ?o 1) (extend ((?p <http://e/p>)) (bgp (triple ?s <http://e/p> ?o))))")]
    [InlineData(
        "(filter (= ?o 1) (bgp (triple ?s ?p ?o)))",
        "(filter (= ?o 1) (bgp (triple ?s ?p ?o)))")]
    [InlineData(
        "(filter (sameterm ?o \"a\") (bgp (triple ?s ?p ?o)))",
        "(filter (sameterm ?o \"a\") (bgp (triple ?s ?p ?o)))")]
    [InlineData(
        "(filter (= ?x <http://e/a>) (bgp (triple ?s ?p ?o)))",
        "(filter (= ?x <http://e/a>) (bgp (triple ?s ?p ?o)))")]
    [InlineData(
        "(filter (= ?x <http://e/a>) (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?x))))",
        "(filter (= ?x <http://e/a>) (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?x))))")]
    public void Rewrite_IriEquality_BecomesSubstitution(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new FilterEqualityPass(), input));
}
