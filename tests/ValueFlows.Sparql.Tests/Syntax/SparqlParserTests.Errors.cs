using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Tests.Syntax;

/// <summary>Static checks of §18.2.1 / §19 and the positions of syntax errors.</summary>
public partial class SparqlParserTests
{
    [Theory]
    [InlineData("SELECT * { ?s ?p ?o } GROUP BY ?s", "SELECT * is not allowed")]
    [InlineData("SELECT ?o { ?s ?p ?o } GROUP BY ?s", "not a GROUP BY key")]
    [InlineData("SELECT ?p (COUNT(?o) AS ?c) { ?s ?p ?o }", "not a GROUP BY key")]
    [InlineData("SELECT ((?a + ?b) AS ?x) (COUNT(?a) AS ?c) { ?s ?p ?a ; ?q ?b } GROUP BY ?s", "outside an aggregate")]
    [InlineData("SELECT (1 AS ?x) (2 AS ?x) {}", "already in scope")]
    [InlineData("SELECT (1 AS ?o) { ?s ?p ?o }", "already in scope")]
    [InlineData("SELECT * { ?s ?p ?o BIND(1 AS ?o) }", "BIND assigns ?o")]
    [InlineData("SELECT * { { ?s ?p ?o } BIND(1 AS ?o) }", "BIND assigns ?o")]
    [InlineData("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }", "more than one basic graph pattern")]
    [InlineData("SELECT * { _:a ?p ?o . GRAPH ?g { ?x ?y ?z } _:a ?q ?r }", "more than one basic graph pattern")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }", "only allowed")]
    [InlineData("SELECT (SUM(MAX(?o)) AS ?x) { ?s ?p ?o }", "only allowed")]
    [InlineData("SELECT * { VALUES (?a ?b) { (1) } }", "has 1 values for 2 variables")]
    [InlineData("SELECT * { ?s ?p ?o ?s ?p ?o }", "Expected '.'")]
    [InlineData("SELECT * { ?s ?p ?o UNION { ?s ?p ?o } }", "Unexpected 'UNION'")]
    [InlineData("SELECT * { ?s ex:p ?o }", "Undefined prefix 'ex:'")]
    [InlineData("SELECT * { ?s <p> ?o }", "without a base IRI")]
    [InlineData("SELECT * { ?s ?p '\\uD800' }", "Invalid code point escape")]
    [InlineData("SELECT * { ?s ?p \"a\\qb\" }", "Invalid escape sequence")]
    [InlineData("SELECT * { ?s ?p ?o } LIMIT -1", "non-negative integer")]
    [InlineData("SELECT ?x {} extra", "after the end")]
    [InlineData("SELECT (STRLEN(?a, ?b) AS ?x) {}", "takes 1 argument")]
    public void Parse_InvalidQuery_ThrowsWithReason(string query, string reason)
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
        Assert.Contains(reason, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Error_ReportsZeroBasedLocationAndOneBasedMessage()
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse("SELECT *\nWHERE {\n  ?s ?p ?o ?x ?y ?z }"));
        Assert.Equal(2, error.Location.Start.Line);
        Assert.Equal(11, error.Location.Start.Column);
        Assert.Equal(28, error.Location.Start.Offset);
        Assert.Equal(3, error.Line);
        Assert.Equal(12, error.Column);
        Assert.StartsWith("Syntax error at line 3", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void Parse_ErrorAfterCodePointEscape_PointsIntoTheOriginalText()
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse("SELECT * { <\\u0061:b> ?p ?o . é ?q }"));
        Assert.Equal(30, error.Location.Start.Column);
        Assert.Equal(30, error.Location.Start.Offset);
    }

    [Fact]
    public void Parse_EscapedBackslashBeforeU_IsNotACodePointEscape()
    {
        var query = SparqlQuery.Parse("SELECT * { ?s ?p \"C:\\\\users\" }");
        Assert.Contains("C:\\\\users", query.ToSse(), StringComparison.Ordinal);
    }
}
