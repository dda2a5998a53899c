using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class DistinctReducedPassTests
{
    [Theory]
    [InlineData("(reduced (distinct (bgp (triple ?s ?p ?o))))", "(distinct (bgp (triple ?s ?p ?o)))")]
    [InlineData("(distinct (reduced (bgp (triple ?s ?p ?o))))", "(distinct (bgp (triple ?s ?p ?o)))")]
    [InlineData("(distinct (distinct (bgp (triple ?s ?p ?o))))", "(distinct (bgp (triple ?s ?p ?o)))")]
    [InlineData("(reduced (reduced (bgp (triple ?s ?p ?o))))", "(reduced (bgp (triple ?s ?p ?o)))")]
    [InlineData("(distinct (table unit))", "(table unit)")]
    [InlineData("(distinct (project (?n) (extend ((?n ?.0)) (group () ((?.0 (count))) (bgp (triple ?s ?p ?o))))))", "(project (?n) (extend ((?n ?.0)) (group () ((?.0 (count))) (bgp (triple ?s ?p ?o)))))")]
    [InlineData("(distinct (top (1 ?o) (bgp (triple ?s ?p ?o))))", "(top (1 ?o) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(distinct (project (?p ?n) (extend ((?n ?.0)) (group (?p) ((?.0 (count))) (bgp (triple ?s ?p ?o))))))", "(project (?p ?n) (extend ((?n ?.0)) (group (?p) ((?.0 (count))) (bgp (triple ?s ?p ?o)))))")]
    [InlineData("(distinct (project (?n) (extend ((?n ?.0)) (group (?p) ((?.0 (count))) (bgp (triple ?s ?p ?o))))))", "(distinct (project (?n) (extend ((?n ?.0)) (group (?p) ((?.0 (count))) (bgp (triple ?s ?p ?o))))))")]
    [InlineData("(distinct (project (?s) (bgp (triple ?s ?p ?o))))", "(distinct (project (?s) (bgp (triple ?s ?p ?o))))")]
    [InlineData("(distinct (slice _ 2 (bgp (triple ?s ?p ?o))))", "(distinct (slice _ 2 (bgp (triple ?s ?p ?o))))")]
    public void Rewrite_DuplicateRemoval_IsSimplified(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new DistinctReducedPass(), input));
}
