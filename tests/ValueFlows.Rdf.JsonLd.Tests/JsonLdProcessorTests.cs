using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests;

public class JsonLdProcessorTests
{
    [Fact]
    public void Expand_InvalidTermDefinition_ReportsCodeAndPointerOfTheTerm()
    {
        var input = JsonNode.Parse("""{"@context": {"a": {"@id": 5}}, "a": 1}""");

        var e = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input));

        Assert.Equal("invalid IRI mapping", e.Code);
        Assert.Equal("/@context/a", e.Pointer);
    }

    [Fact]
    public void Expand_InvalidIdDeepInDocument_ReportsPointerOfTheEntry()
    {
        var input = JsonNode.Parse("""{"@context": {"@vocab": "http://ex/"}, "p": [{"q": {"@id": true}}]}""");

        var e = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input));

        Assert.Equal(JsonLdErrorCode.InvalidIdValue, e.ErrorCode);
        Assert.Equal("/p/0/q/@id", e.Pointer);
    }

    [Fact]
    public void Compact_ExpandedDocument_UsesTermsAndPlainValues()
    {
        var input = JsonNode.Parse("""[{"@id": "http://ex/a", "http://xmlns.com/foaf/0.1/name": [{"@value": "Ana"}]}]""");
        var context = JsonNode.Parse("""{"name": "http://xmlns.com/foaf/0.1/name"}""");

        var compacted = JsonLdProcessor.Compact(input, context);

        Assert.Equal("Ana", compacted["name"]!.GetValue<string>());
        Assert.Equal("http://ex/a", compacted["@id"]!.GetValue<string>());
    }

    [Fact]
    public void ToRdf_ListAndNumbers_GivesCollectionAndCanonicalLiterals()
    {
        var input = JsonNode.Parse("""{"@id": "http://ex/a", "http://ex/p": {"@list": [1, 2.5, true]}}""");

        var quads = JsonLdProcessor.ToRdf(input);

        Assert.Contains(quads, q => q.Object is Literal { Value: "1" } l && l.Datatype.Equals(Xsd.Integer));
        Assert.Contains(quads, q => q.Object is Literal { Value: "2.5E0" } l && l.Datatype.Equals(Xsd.Double));
        Assert.Contains(quads, q => q.Object is Literal { Value: "true" } l && l.Datatype.Equals(Xsd.Boolean));
        Assert.Equal(3, quads.Count(q => q.Predicate.Equals(RdfVocabulary.First)));
    }

    [Fact]
    public void FromRdf_Collection_GivesList()
    {
        var a = Iri.Create("http://ex/a");
        var p = Iri.Create("http://ex/p");
        var b0 = BlankNode.Create("l0");
        var quads = new[]
        {
            new Quad(a, p, b0),
            new Quad(b0, RdfVocabulary.First, Literal.Create("x")),
            new Quad(b0, RdfVocabulary.Rest, RdfVocabulary.Nil),
        };

        var expanded = JsonLdProcessor.FromRdf(quads);

        Assert.Equal("x", expanded[0]!["http://ex/p"]![0]!["@list"]![0]!["@value"]!.GetValue<string>());
    }

    [Fact]
    public void Flatten_NestedBlankNode_LabelsIt()
    {
        var input = JsonNode.Parse("""{"@id": "http://ex/a", "http://ex/p": {"http://ex/q": "v"}}""");

        var flattened = (JsonArray)JsonLdProcessor.Flatten(input);

        Assert.Equal(2, flattened.Count);
        Assert.Equal("_:b0", flattened[0]!["http://ex/p"]![0]!["@id"]!.GetValue<string>());
    }
}
