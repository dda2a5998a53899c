using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class FilterPlacementPassTests
{
    [Theory]
    [InlineData(
        "(filter (&& (> ?o 1) (< ?v 2)) (join (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))",
        "(join (filter (> ?o 1) (bgp (triple ?s ?p ?o))) (filter (< ?v 2) (bgp (triple ?s ?q ?v))))")]
    [InlineData(
        "(filter (= ?o ?v) (join (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))",
        "(filter (= ?o ?v) (join (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))")]
    [InlineData(
        "(filter (> ?o 1) (union (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?o))))",
        "(union (filter (> ?o 1) (bgp (triple ?s ?p ?o))) (filter (> ?o 1) (bgp (triple ?s ?q ?o))))")]
    [InlineData(
        "(filter (> ?o 1) (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))",
        "(leftjoin (filter (> ?o 1) (bgp (triple ?s ?p ?o))) (bgp (triple ?s ?q ?v)))")]
    [InlineData(
        "(filter (! (bound ?v)) (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))",
        "(filter (! (bound ?v)) (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))")]
    [InlineData(
        "(filter (bound ?x) (join (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?x))) (bgp (triple ?s ?r ?x))))",
        "(join (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?x))) (filter (bound ?x) (bgp (triple ?s ?r ?x))))")]
    [InlineData(
        "(filter (> ?x 1) (join (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?x))) (leftjoin (bgp (triple ?s ?r ?y)) (bgp (triple ?s ?t ?x)))))",
        "(filter (> ?x 1) (join (leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?x))) (leftjoin (bgp (triple ?s ?r ?y)) (bgp (triple ?s ?t ?x)))))")]
    [InlineData(
        "(filter (> ?o 1) (minus (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?o))))",
        "(minus (filter (> ?o 1) (bgp (triple ?s ?p ?o))) (bgp (triple ?s ?q ?o)))")]
    [InlineData(
        "(filter (&& (> ?o 1) (> ?x 2)) (extend ((?x (+ ?o 1))) (bgp (triple ?s ?p ?o))))",
        "(filter (> ?x 2) (extend ((?x (+ ?o 1))) (filter (> ?o 1) (bgp (triple ?s ?p ?o)))))")]
    [InlineData(
        "(filter (&& (> ?o 1) (= ?g <http://e/g>)) (graph ?g (bgp (triple ?s ?p ?o))))",
        "(filter (= ?g <http://e/g>) (graph ?g (filter (> ?o 1) (bgp (triple ?s ?p ?o)))))")]
    [InlineData(
        "(filter (&& (exists (bgp (triple ?o ?p ?s))) (> ?o 1)) (join (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))",
        "(filter (exists (bgp (triple ?o ?p ?s))) (join (filter (> ?o 1) (bgp (triple ?s ?p ?o))) (bgp (triple ?s ?q ?v))))")]
    [InlineData(
        "(filter (> ?o 1) (slice _ 5 (bgp (triple ?s ?p ?o))))",
        "(filter (> ?o 1) (slice _ 5 (bgp (triple ?s ?p ?o))))")]
    [InlineData(
        "(filter (> ?o 1) (project (?o) (bgp (triple ?s ?p ?o))))",
        "(filter (> ?o 1) (project (?o) (bgp (triple ?s ?p ?o))))")]
    [InlineData(
        "(filter (> ?o 1) (distinct (order (?o) (bgp (triple ?s ?p ?o)))))",
        "(distinct (order (?o) (filter (> ?o 1) (bgp (triple ?s ?p ?o)))))")]
    [InlineData(
        "(leftjoin (bgp (triple ?s ?p ?o)) (filter (> ?v 1) (join (bgp (triple ?s ?q ?v)) (bgp (triple ?s ?r ?w)))) (> ?o ?v))",
        "(leftjoin (bgp (triple ?s ?p ?o)) (join (filter (> ?v 1) (bgp (triple ?s ?q ?v))) (bgp (triple ?s ?r ?w))) (> ?o ?v))")]
    [InlineData(
        "(filter (! (bound ?z)) (join (bgp (triple ?s ?p ?o)) (bgp (triple ?s ?q ?v))))",
        "(join (filter (! (bound ?z)) (bgp (triple ?s ?p ?o))) (bgp (triple ?s ?q ?v)))")]
    public void Rewrite_Filters_MoveToTheLowestSafeOperator(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new FilterPlacementPass(), input));
}
