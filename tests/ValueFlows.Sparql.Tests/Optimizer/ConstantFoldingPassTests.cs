using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class ConstantFoldingPassTests
{
    [Theory]
    [InlineData("(filter true (bgp (triple ?s ?p ?o)))", "(bgp (triple ?s ?p ?o))")]
    [InlineData("(filter false (bgp (triple ?s ?p ?o)))", "(table (vars))")]
    [InlineData("(filter (= 1 2) (bgp (triple ?s ?p ?o)))", "(table (vars))")]
    [InlineData("(filter (&& (= 1 1.0) (> ?o 2)) (bgp (triple ?s ?p ?o)))", "(filter (> ?o 2) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(filter (> ?o (+ 1 2)) (bgp (triple ?s ?p ?o)))", "(filter (> ?o 3) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(filter (|| (bound ?o) (< 1 2)) (bgp (triple ?s ?p ?o)))", "(bgp (triple ?s ?p ?o))")]
    [InlineData("(filter (&& (bound ?o) (! true)) (bgp (triple ?s ?p ?o)))", "(table (vars))")]
    [InlineData("(filter (/ 1 0) (bgp (triple ?s ?p ?o)))", "(table (vars))")]
    [InlineData("(extend ((?x (concat \"a\" \"b\"))) (bgp (triple ?s ?p ?o)))", "(extend ((?x \"ab\")) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(extend ((?x (|| ?o true))) (table unit))", "(extend ((?x true)) (table unit))")]
    [InlineData("(extend ((?x (rand))) (table unit))", "(extend ((?x (rand))) (table unit))")]
    [InlineData("(extend ((?x (bnode))) (table unit))", "(extend ((?x (bnode))) (table unit))")]
    [InlineData("(extend ((?x (/ 1 0))) (table unit))", "(extend ((?x (/ 1 0))) (table unit))")]
    [InlineData("(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v)) (= 2 2))", "(leftjoin (bgp (triple ?s ?p ?o)) (bgp (triple ?o ?q ?v)))")]
    [InlineData("(filter (exists (bgp (triple ?s ?p 1))) (bgp (triple ?s ?p ?o)))", "(filter (exists (bgp (triple ?s ?p 1))) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(filter (= (str <http://e/a>) \"http://e/a\") (table unit))", "(table unit)")]
    public void Rewrite_ConstantExpressions_Fold(string input, string expected) =>
        Assert.Equal(expected, PassGolden.Run(new ConstantFoldingPass(), input));
}
