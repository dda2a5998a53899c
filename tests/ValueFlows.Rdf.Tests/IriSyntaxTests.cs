namespace ValueFlows.Rdf.Tests;

public class IriSyntaxTests
{
    private const string RfcBase = "http://a/b/c/d;p?q";

    // RFC 3986 §5.4.1 normal examples and §5.4.2 abnormal examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Resolve_Rfc3986Examples_MatchTheRfc(string reference, string expected) =>
        Assert.Equal(expected, IriSyntax.Resolve(RfcBase, reference));

    [Theory]
    [InlineData("http://example.org", "a", "http://example.org/a")]
    [InlineData("http://example.org/a/b", "#frag", "http://example.org/a/b#frag")]
    [InlineData("urn:ex:x", "#frag", "urn:ex:x#frag")]
    [InlineData("http://example.org/ä/", "ö", "http://example.org/ä/ö")]
    public void Resolve_EdgeCases_KeepTheInputAsWritten(string baseIri, string reference, string expected) =>
        Assert.Equal(expected, IriSyntax.Resolve(baseIri, reference));

    [Theory]
    [InlineData("http://example.org/a b")]
    [InlineData("http://example.org/<")]
    [InlineData("http://example.org/%zz")]
    [InlineData("http://example.org/%4")]
    [InlineData("no-scheme")]
    [InlineData("1http://x")]
    [InlineData("http://exa mple.org/")]
    [InlineData("http://example.org:8o/")]
    [InlineData("http://[::1/")]
    public void TryValidateAbsolute_BadIris_AreRefusedWithAReason(string iri)
    {
        Assert.False(IriSyntax.TryValidateAbsolute(iri, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("http://example.org/")]
    [InlineData("https://coop.example/economicEvent/01JD?x=1#y")]
    [InlineData("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")]
    [InlineData("http://[::1]:8080/a")]
    [InlineData("http://user:pw@host/p%20q")]
    [InlineData("http://example.org/日本語/😀")]
    [InlineData("mailto:a@b.c")]
    public void TryValidateAbsolute_GoodIris_AreAccepted(string iri) =>
        Assert.True(IriSyntax.TryValidateAbsolute(iri, out _));

    [Fact]
    public void IriCreate_Relative_Throws() => Assert.Throws<FormatException>(() => Iri.Create("relative/path"));
}
