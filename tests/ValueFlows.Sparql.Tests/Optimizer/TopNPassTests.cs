using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class TopNPassTests
{
    [Theory]
    [InlineData("(slice _ 10 (order (?o) (bgp (triple ?s ?p ?o))))", "(top (10 ?o) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(slice 5 10 (order ((desc ?o)) (bgp (triple ?s ?p ?o))))", "(slice 5 _ (top (15 (desc ?o)) (bgp (triple ?s ?p ?o))))")]
    [InlineData(
        "(slice _ 10 (project (?s) (order (?o) (bgp (triple ?s ?p ?o)))))",
        "(project (?s) (top (10 ?o) (bgp (triple ?s ?p ?o))))")]
    [InlineData(
        "(slice _ 10 (distinct (project (?o) (order (?o) (bgp (triple ?s ?p ?o))))))",
        "(top (10 ?o) (distinct (project (?o) (bgp (triple ?s ?p ?o)))))")]
    [InlineData(
        "(slice _ 10 (distinct (project (?s) (order (?o) (bgp (triple ?s ?p ?o))))))",
        "(slice _ 10 (distinct (project (?s) (order (?o) (bgp (triple ?s ?p ?o))))))")]
    [InlineData("(slice 5 _ (order (?o) (bgp (triple ?s ?p ?o))))", "(slice 5 _ (order (?o) (bgp (triple ?s ?p ?o))))")]
    [InlineData("(slice _ 10 (bgp (triple ?s ?p ?o)))", "(slice _ 10 (bgp (triple ?s ?p ?o)))")]
    [InlineData(
        "(slice _ 3 (project (?e ?a ?b) (order (?e) (leftjoin (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a))) (bgp (triple ?e <http://e/b> ?b))))))",
        "(project (?e ?a ?b) (top (3 ?e) (leftjoin (leftjoin (top (3 ?e) (bgp (triple ?e <http://e/p> ?x))) (bgp (triple ?e <http://e/a> ?a))) (bgp (triple ?e <http://e/b> ?b)))))")]
    [InlineData(
        "(slice _ 3 (order (?a) (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a)))))",
        "(top (3 ?a) (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a))))")]
    [InlineData(
        "(slice _ 3 (order ((rand)) (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a)))))",
        "(top (3 (rand)) (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a))))")]
    [InlineData(
        "(slice _ 3 (order (?e) (filter (bound ?a) (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a))))))",
        "(top (3 ?e) (filter (bound ?a) (leftjoin (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?e <http://e/a> ?a)))))")]
    [InlineData(
        "(slice _ 3 (order (?e) (leftjoin (union (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?y <http://e/q> ?x))) (bgp (triple ?e <http://e/a> ?a)))))",
        "(top (3 ?e) (leftjoin (union (bgp (triple ?e <http://e/p> ?x)) (bgp (triple ?y <http://e/q> ?x))) (bgp (triple ?e <http://e/a> ?a))))")]
    public void Rewrite_OrderedSlices_BecomeTopN(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new TopNPass(), input));
}
