using System.Text;

namespace ValueFlows.Rdf.JsonLd.Tests;

public class JsonLdReaderTests
{
    private static List<Quad> Read(string json, RdfReaderOptions? options = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var reader = new JsonLdReader(input, options ?? RdfReaderOptions.Default);
        return [.. reader.ReadAll()];
    }

    [Fact]
    public void TryRead_Document_YieldsItsQuadsWithRelativeIrisResolved()
    {
        var quads = Read(
            """{"@context": {"vf": "https://w3id.org/valueflows/ont/vf#"}, "@id": "agent/1", "@type": "vf:Agent", "vf:name": "Ana"}""",
            RdfReaderOptions.Default.WithBaseIri("http://example.org/"));

        Assert.Equal(2, quads.Count);
        Assert.All(quads, q => Assert.Equal(Iri.Create("http://example.org/agent/1"), q.Subject));
    }

    [Fact]
    public void TryRead_ContextWithPrefixes_DeclaresThem()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("""{"@context": {"vf": "https://w3id.org/valueflows/ont/vf#", "name": "vf:name"}, "name": "x"}"""));
        using var reader = new JsonLdReader(input, RdfReaderOptions.Default);
        var declared = new List<(string, string)>();
        reader.PrefixDeclared += (p, ns) => declared.Add((p, ns));

        _ = reader.ReadAll().ToList();

        Assert.Equal([("vf", "https://w3id.org/valueflows/ont/vf#")], declared);
    }

    [Fact]
    public void TryRead_BlankNodes_CarryTheGivenPrefix()
    {
        var quads = Read("""{"http://ex/p": {"http://ex/q": "v"}}""", RdfReaderOptions.Default.WithBlankNodePrefix("doc1_"));

        Assert.All(quads, q => Assert.StartsWith("doc1_", ((BlankNode)q.Subject).Label, StringComparison.Ordinal));
    }

    [Fact]
    public void TryRead_MalformedJson_ThrowsSyntaxErrorAtTheFault()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("{\n  \"a\": [1,\n  }"));

        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void TryRead_JsonLdError_ThrowsSyntaxErrorLocatedAtThePointer()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("{\n  \"@context\": {\"@vocab\": \"http://ex/\"},\n  \"p\": {\"@id\": 5}\n}"));

        var inner = Assert.IsType<JsonLdException>(e.InnerException);
        Assert.Equal("invalid @id value", inner.Code);
        Assert.Equal("/p/@id", inner.Pointer);
        Assert.Equal(3, e.Line);
        Assert.Equal(9, e.Column);
    }
}
