using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Tests.Algebra;

/// <summary>SSE text reads back into the algebra it was written from.</summary>
public class SseParserTests
{
    [Theory]
    [InlineData("(bgp)")]
    [InlineData("(project (?s) (bgp (triple ?s <http://e/p> \"a \\\"b\\\" (c)\"@en-gb) (triple _:b0 ?p 1.5e0)))")]
    [InlineData("(slice 10 5 (distinct (project (?s) (order (?s (desc (+ ?o -1))) (bgp (triple ?s ?p ?o))))))")]
    [InlineData("(slice _ 3 (reduced (leftjoin (bgp) (path ?s (alt (path* <http://e/p>) (reverse (notoneof <http://e/a> <http://e/b>))) ?o) (&& (bound ?o) (! (exists (table unit)))))))")]
    [InlineData("(group (?k ?.0) ((?.1 (count)) (?.2 (group_concat distinct (separator \",\") ?v)) (?.3 (sum ?v))) (extend ((?.0 (str ?s))) (bgp)))")]
    [InlineData("(minus (union (graph ?g (bgp)) (service silent <http://e/s> (bgp))) (filter (in ?x 1 \"2\"^^<http://e/t> true) (table (vars ?x ?y) (row (?x 1)) (row (?y <http://e/y>)) (row))))")]
    [InlineData("(filter (<http://e/f> distinct (- ?x) (regex ?x \"a\" \"i\") (coalesce)) (bgp))")]
    [InlineData("(bgp (triple <http://e/a(b)> <http://e/p> \"x\"^^<http://e/t(1)>))")]
    public void ParseSse_WrittenSse_GivesTheSameTextBack(string sse) => Assert.Equal(sse, Op.ParseSse(sse).ToSse());

    [Fact]
    public void ParseSse_TermsAndPaths_BuildTheRecords()
    {
        var op = Op.ParseSse("(path ?s (seq <http://e/p> (path+ <http://e/q>)) \"x\\ty\")");
        Assert.Equal(
            new OpPath(
                new Variable("s"),
                new PathSequence(new PathLink(Iri.Create("http://e/p")), new PathOneOrMore(new PathLink(Iri.Create("http://e/q")))),
                Literal.Create("x\ty")),
            op);
    }

    [Theory]
    [InlineData("(bgp")]
    [InlineData("(nope)")]
    [InlineData("(project (?s) (bgp)) extra")]
    [InlineData("(filter (frobnicate ?x) (bgp))")]
    public void ParseSse_Malformed_ThrowsFormatException(string sse) => Assert.Throws<FormatException>(() => Op.ParseSse(sse));
}
