using System.Text;
using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests;

public class JsonLdWriterTests
{
    private const string Vf = "https://w3id.org/valueflows/ont/vf#";
    private const string Om2 = "http://www.ontology-of-units-of-measure.org/resource/om-2/";
    private const string Base = "http://example.org/vf/";

    /// <summary>A small ValueFlows export: agents, a process with an event and its measure, a list, a named graph.</summary>
    private static List<Quad> VfExport()
    {
        var t = RdfVocabulary.Type;
        Iri I(string s) => Iri.Create(s);
        var ana = I(Base + "agent/ana");
        var crew = I(Base + "agent/crew1");
        var ev = I(Base + "economicEvent/e1");
        var measure = I(Base + "economicEvent/e1#resourceQuantity");
        var process = I(Base + "process/p1");
        var l0 = BlankNode.Create("l0");
        var l1 = BlankNode.Create("l1");
        var peer = I("http://peer.example/");
        return
        [
            new Quad(ana, t, I(Vf + "Person")),
            new Quad(ana, I(Vf + "name"), Literal.Create("Ana Okafor")),
            new Quad(ana, I("http://xmlns.com/foaf/0.1/name"), Literal.Create("Ana", "en")),
            new Quad(crew, t, I(Vf + "Organization")),
            new Quad(ev, t, I(Vf + "EconomicEvent")),
            new Quad(ev, I(Vf + "action"), I(Vf + "produce")),
            new Quad(ev, I(Vf + "provider"), crew),
            new Quad(ev, I(Vf + "outputOf"), process),
            new Quad(ev, I(Vf + "hasPointInTime"), Literal.Create("2024-05-01T10:00:00Z", Xsd.DateTime)),
            new Quad(ev, I(Vf + "resourceQuantity"), measure),
            new Quad(measure, I(Vf + "hasNumericalValue"), Literal.Create("12.50", Xsd.Decimal)),
            new Quad(measure, I(Vf + "hasUnit"), I(Om2 + "kilogram")),
            new Quad(process, I(Vf + "name"), Literal.Create("press cider")),
            new Quad(process, I(Vf + "finished"), Literal.Create("true", Xsd.Boolean)),
            new Quad(process, I("http://example.org/steps"), l0),
            new Quad(l0, RdfVocabulary.First, Literal.Create("wash")),
            new Quad(l0, RdfVocabulary.Rest, l1),
            new Quad(l1, RdfVocabulary.First, Literal.Create("press")),
            new Quad(l1, RdfVocabulary.Rest, RdfVocabulary.Nil),
            new Quad(I("http://peer.example/agent/zed"), I(Vf + "name"), Literal.Create("Zed"), peer),
        ];
    }

    private static string Write(IEnumerable<Quad> quads, RdfWriterOptions options, JsonNode? context = null)
    {
        using var output = new MemoryStream();
        using (var writer = new JsonLdWriter(output, options, context))
        {
            writer.WriteAll(quads);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static List<Quad> Read(string json, string? baseIri = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var reader = new JsonLdReader(input, RdfReaderOptions.Default.WithBaseIri(baseIri));
        return [.. reader.ReadAll()];
    }

    [Fact]
    public void WriteThenRead_VfExportWithPrefixesAndBase_IsIsomorphic()
    {
        var quads = VfExport();
        var options = RdfWriterOptions.Default.WithBaseIri(Base).WithPrefix("vf", Vf).WithPrefix("om2", Om2);

        var json = Write(quads, options);

        Assert.True(GraphIsomorphism.AreIsomorphic(quads, Read(json)), json);
    }

    [Fact]
    public void WriteThenRead_VfExportWithContext_IsIsomorphicAndUsesTheContextTerms()
    {
        var quads = VfExport();
        var context = JsonNode.Parse($$$"""{"vf": "{{{Vf}}}", "name": "vf:name", "provider": {"@id": "vf:provider", "@type": "@id"}}""");

        var json = Write(quads, RdfWriterOptions.Default, context);

        Assert.Contains("\"provider\": \"http://example.org/vf/agent/crew1\"", json, StringComparison.Ordinal);
        Assert.True(GraphIsomorphism.AreIsomorphic(quads, Read(json)), json);
    }

    [Fact]
    public void Write_NotPretty_WritesOneLine()
    {
        var json = Write(VfExport(), RdfWriterOptions.Default.WithPretty(false).WithPrefix("vf", Vf));

        Assert.DoesNotContain('\n', json.TrimEnd());
    }

    [Fact]
    public void Format_DescribesJsonLdAndCreatesReaderAndWriter()
    {
        var format = JsonLdFormat.Format;
        var registry = new RdfFormatRegistry([]);
        registry.Register(format);

        Assert.True(registry.TryGetByMediaType("application/ld+json; charset=utf-8", out var byType));
        Assert.True(registry.TryGetByFileName("export.jsonld", out var byFile));
        Assert.Same(format, byType);
        Assert.Same(format, byFile);
        Assert.True(format.SupportsNamedGraphs);
        using var output = new MemoryStream();
        using (var writer = format.CreateWriter(output))
        {
            writer.WriteAll(VfExport());
        }

        output.Position = 0;
        using var reader = format.CreateReader(output);
        Assert.True(GraphIsomorphism.AreIsomorphic(VfExport(), reader.ReadAll().ToList()));
    }
}
