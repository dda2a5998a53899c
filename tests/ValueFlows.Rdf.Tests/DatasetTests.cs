namespace ValueFlows.Rdf.Tests;

public class DatasetTests
{
    private static readonly Iri S = Iri.Create("http://example.org/s");
    private static readonly Iri P = Iri.Create("http://example.org/p");
    private static readonly Iri G = Iri.Create("http://example.org/g");

    [Fact]
    public void Add_Duplicate_IsIgnored()
    {
        var d = new Dataset();
        Assert.True(d.Add(new Quad(S, P, Literal.Create("x"))));
        Assert.False(d.Add(new Quad(S, P, Literal.Create("x"))));
        Assert.Single(d);
    }

    [Fact]
    public void Match_SeparatesDefaultAndNamedGraphs()
    {
        var d = new Dataset([new Quad(S, P, Literal.Create("a")), new Quad(S, P, Literal.Create("b"), G)]);
        Assert.Equal("a", ((Literal)Assert.Single(d.Match(S, P, null, null)).Object).Value);
        Assert.Equal("b", ((Literal)Assert.Single(d.Match(null, null, null, G)).Object).Value);
        Assert.Equal(2, d.MatchAllGraphs(S, null, null).Count());
        Assert.Equal([G], d.GraphNames);
    }

    [Fact]
    public void Remove_DropsFromEveryIndex()
    {
        var q = new Quad(S, P, Literal.Create("a"), G);
        var d = new Dataset([q]);
        Assert.True(d.Remove(q));
        Assert.Empty(d.MatchAllGraphs(S, null, null));
        Assert.Empty(d.GraphNames);
    }

    [Fact]
    public void Literal_LanguageTag_IsLowerCasedAndCompared()
    {
        Assert.Equal(Literal.Create("chat", "en-GB"), Literal.Create("chat", "en-gb"));
        Assert.Equal("\"chat\"@en-gb", Literal.Create("chat", "en-GB").ToString());
        Assert.Throws<FormatException>(() => Literal.Create("x", "en_GB"));
    }

    [Fact]
    public void Literal_ToString_IsCanonicalNTriples()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F\"", Literal.Create("a\"b\\c\n\u0001\u007f").ToString());
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Create("1", Xsd.Integer).ToString());
        Assert.Equal("\"x\"", Literal.Create("x", Xsd.String).ToString());
    }
}
