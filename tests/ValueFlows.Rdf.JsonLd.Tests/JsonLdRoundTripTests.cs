using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Xunit;

namespace ValueFlows.Rdf.JsonLd.Tests;

/// <summary>Write as JSON-LD then read back is the identity on datasets, up to blank node labels.</summary>
public class JsonLdRoundTripTests
{
    private static bool RoundTrips(GeneratedDataset dataset, RdfWriterOptions options, JsonNode? context = null)
    {
        using var output = new MemoryStream();
        using (var writer = new JsonLdWriter(output, options, context))
        {
            writer.WriteAll(dataset.Quads);
        }

        using var input = new MemoryStream(output.ToArray());
        using var reader = new JsonLdReader(input, RdfReaderOptions.Default);
        return GraphIsomorphism.AreIsomorphic(dataset.Quads, reader.ReadAll().ToList());
    }

    [Property(Arbitrary = [typeof(JsonLdDatasets)], MaxTest = 200)]
    public bool WriteThenRead_NoContext_IsIsomorphic(GeneratedDataset dataset) => RoundTrips(dataset, RdfWriterOptions.Default);

    [Property(Arbitrary = [typeof(JsonLdDatasets)], MaxTest = 200)]
    public bool WriteThenRead_BaseAndPrefixes_IsIsomorphic(GeneratedDataset dataset) => RoundTrips(dataset, RdfWriterOptions.Default
        .WithBaseIri(JsonLdDatasets.Base)
        .WithPrefix("ex", "http://example.org/")
        .WithPrefix("vf", "https://w3id.org/valueflows/ont/vf#")
        .WithPrefix(string.Empty, "http://example.org/dir/"));

    [Property(Arbitrary = [typeof(JsonLdDatasets)], MaxTest = 200)]
    public bool WriteThenRead_ContextWithCoercions_IsIsomorphic(GeneratedDataset dataset) => RoundTrips(
        dataset,
        RdfWriterOptions.Default.WithPretty(false),
        JsonNode.Parse("""
            {
              "ex": "http://example.org/",
              "p": {"@id": "ex:p", "@type": "@id"},
              "q": {"@id": "ex:q", "@container": "@list"},
              "name": {"@id": "https://w3id.org/valueflows/ont/vf#name", "@language": "en"},
              "knows": {"@id": "http://xmlns.com/foaf/0.1/knows", "@type": "@vocab"},
              "int": {"@id": "ex:p", "@type": "http://www.w3.org/2001/XMLSchema#integer"}
            }
            """));

    [Fact]
    public void WriteThenRead_EmptyDataset_IsEmpty() => Assert.True(RoundTrips(new GeneratedDataset([]), RdfWriterOptions.Default));

    [Fact]
    public void Write_Utf8Text_KeepsCharactersUnescaped()
    {
        using var output = new MemoryStream();
        using (var writer = new JsonLdWriter(output, RdfWriterOptions.Default))
        {
            writer.Write(new Quad(Iri.Create("http://example.org/é"), Iri.Create("http://example.org/p"), Literal.Create("straße")));
        }

        var json = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("straße", json, StringComparison.Ordinal);
    }
}
