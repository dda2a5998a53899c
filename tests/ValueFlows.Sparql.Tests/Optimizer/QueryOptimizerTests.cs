using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class QueryOptimizerTests
{
    [Fact]
    public void Default_Passes_AreNamedOnceInOrder() =>
        Assert.Equal(
            ["constant-folding", "bgp-merge", "optional-filter", "filter-placement", "filter-equality", "join-reorder", "top-n", "distinct-reduced"],
            QueryOptimizer.Default.Passes.Select(p => p.Name));

    [Theory]
    [InlineData(
        "SELECT * { ?s :p ?o OPTIONAL { ?o :q ?v FILTER(?v > 1 && ?v != ?s) } FILTER(?o = :a && true) }",
        "(project (?s ?o ?v) (leftjoin (extend ((?o <http://e/a>)) (bgp (triple ?s <http://e/p> <http://e/a>))) (filter (> ?v 1) (bgp (triple ?o <http://e/q> ?v))) (!= ?v ?s)))")]
    [InlineData(
        "SELECT ?s { { ?s :p ?o } { ?s :q ?v } FILTER(?o < 3) } ORDER BY ?s LIMIT 2",
        "(project (?s) (top (2 ?s) (filter (< ?o 3) (bgp (triple ?s <http://e/p> ?o) (triple ?s <http://e/q> ?v)))))")]
    [InlineData(
        "SELECT REDUCED ?s { { SELECT DISTINCT ?s { ?s :p ?o } } FILTER(1 = 2) }",
        "(project (?s) (table (vars)))")]
    public void Optimize_Query_GivesThePlan(string query, string expected) =>
        Assert.Equal(expected, QueryOptimizer.Default.Optimize(SparqlQuery.Parse("PREFIX : <http://e/>\n" + query).Pattern, OptimizerContext.Empty).ToSse());
}
