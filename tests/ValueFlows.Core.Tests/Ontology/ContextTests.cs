using System.Text.Json.Nodes;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using ValueFlows.Rdf.JsonLd;

namespace ValueFlows.Core.Tests.Ontology;

public class ContextTests
{
    private const string Sample = """
        {
          "@context": "https://w3id.org/valueflows-server/ns/vf.jsonld",
          "@graph": [
            {
              "id": "https://coop.example/economicEvent/01",
              "type": "EconomicEvent",
              "action": "produce",
              "provider": "https://coop.example/agent/orchard",
              "receiver": "https://coop.example/agent/orchard",
              "outputOf": "https://coop.example/process/harvest",
              "resourceConformsTo": "https://coop.example/resourceSpecification/apple",
              "resourceQuantity": {
                "id": "https://coop.example/economicEvent/01#resourceQuantity",
                "type": "Measure",
                "hasNumericalValue": "120.5",
                "hasUnit": "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram"
              },
              "hasPointInTime": "2026-09-14T10:00:00Z",
              "toLocation": "https://coop.example/spatialThing/barn",
              "agreedIn": "https://coop.example/agreement/7",
              "vfEarlier:triggeredBy": "https://coop.example/economicEvent/00",
              "note": "First picking."
            },
            {
              "id": "https://coop.example/economicResource/apples",
              "type": "EconomicResource",
              "name": "Apples",
              "conformsTo": "https://coop.example/resourceSpecification/apple",
              "classifiedAs": ["https://example.org/taxonomy/fruit"],
              "state": "pass",
              "image": "https://coop.example/img/apples.jpg",
              "accountingQuantity": { "hasNumericalValue": "120.5", "hasUnit": "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram" },
              "primaryAccountable": "https://coop.example/agent/orchard",
              "stage": "https://coop.example/processSpecification/harvest"
            },
            {
              "id": "https://coop.example/process/harvest",
              "type": "Process",
              "name": "Harvest",
              "finished": true,
              "basedOn": "https://coop.example/processSpecification/harvest"
            },
            {
              "id": "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram",
              "type": "Unit",
              "label": "kilogram",
              "symbol": "kg",
              "omUnitIdentifier": "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram"
            },
            {
              "id": "https://coop.example/fulfillment/1",
              "type": "Fulfillment",
              "fulfilledBy": "https://coop.example/economicEvent/01",
              "vfEarlier:fulfills": "https://coop.example/commitment/3"
            },
            {
              "id": "https://w3id.org/valueflows/ont/vf#produce",
              "type": "Action",
              "accountingEffect": "increment",
              "onhandEffect": "increment",
              "createResource": "optional",
              "pairsWith": "notApplicable"
            }
          ]
        }
        """;

    [Fact]
    public void Context_IsAJsonLd11ContextOurProcessorAccepts()
    {
        Assert.Equal(1.1, PublishedContext.Context["@version"]!.GetValue<double>());
        var expanded = JsonLdProcessor.Expand(JsonNode.Parse(Sample), PublishedContext.Options);
        Assert.Equal(6, expanded.Count);
    }

    [Fact]
    public void Context_SampleDocument_HasTheVfTriplesWithCoercedTypes()
    {
        var quads = JsonLdProcessor.ToRdf(JsonNode.Parse(Sample), PublishedContext.Options);
        var ev = Iri.Create("https://coop.example/economicEvent/01");
        Assert.Contains(new Quad(ev, Vf("action"), Vf("produce")), quads);
        Assert.Contains(new Quad(ev, Vf("provider"), Iri.Create("https://coop.example/agent/orchard")), quads);
        Assert.Contains(new Quad(ev, Vf("hasPointInTime"), Literal.Create("2026-09-14T10:00:00Z", Xsd.DateTime)), quads);
        Assert.Contains(new Quad(ev, Iri.Create(VfNamespaces.VfEarlier + "agreedIn"), Iri.Create("https://coop.example/agreement/7")), quads);
        Assert.Contains(new Quad(ev, Iri.Create(VfNamespaces.VfEarlier + "triggeredBy"), Iri.Create("https://coop.example/economicEvent/00")), quads);
        Assert.Contains(new Quad(Iri.Create(ev.Value + "#resourceQuantity"), Vf("hasNumericalValue"), Literal.Create("120.5", Xsd.Decimal)), quads);
        var resource = Iri.Create("https://coop.example/economicResource/apples");
        Assert.Contains(new Quad(resource, Vf("classifiedAs"), Iri.Create("https://example.org/taxonomy/fruit")), quads);
        Assert.Contains(new Quad(resource, Vf("state"), Literal.Create("pass")), quads);
        Assert.Contains(new Quad(resource, Vf("image"), Literal.Create("https://coop.example/img/apples.jpg", Iri.Create(Xsd.Namespace + "anyURI"))), quads);
        Assert.Contains(new Quad(Iri.Create("https://coop.example/process/harvest"), Vf("finished"), Literal.Create("true", Xsd.Boolean)), quads);
        Assert.Contains(new Quad(Vf("produce"), Vf("accountingEffect"), Vf("increment")), quads);
    }

    [Fact]
    public void Context_CompactingThenExpanding_RoundTripsToTheSameQuads()
    {
        var original = JsonLdProcessor.ToRdf(JsonNode.Parse(Sample), PublishedContext.Options);

        var compacted = JsonLdProcessor.Compact(JsonNode.Parse(Sample), JsonValue.Create(VfNamespaces.ContextIri), PublishedContext.Options);
        var again = JsonLdProcessor.ToRdf(compacted, PublishedContext.Options);

        Assert.True(GraphIsomorphism.AreIsomorphic(original, again), compacted.ToJsonString());
    }

    [Fact]
    public void Context_FromRdfThenCompact_UsesShortTermsAndRoundTrips()
    {
        var original = JsonLdProcessor.ToRdf(JsonNode.Parse(Sample), PublishedContext.Options);

        var compacted = JsonLdProcessor.Compact(JsonLdProcessor.FromRdf(original), JsonValue.Create(VfNamespaces.ContextIri), PublishedContext.Options);
        var again = JsonLdProcessor.ToRdf(compacted, PublishedContext.Options);

        Assert.True(GraphIsomorphism.AreIsomorphic(original, again), compacted.ToJsonString());
        var ev = compacted["@graph"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "https://coop.example/economicEvent/01")!;
        Assert.Equal("produce", ev["action"]!.GetValue<string>());
        Assert.Equal("https://coop.example/agent/orchard", ev["provider"]!.GetValue<string>());
        Assert.Equal("2026-09-14T10:00:00Z", ev["hasPointInTime"]!.GetValue<string>());
        Assert.Equal("EconomicEvent", ev["type"]!.GetValue<string>());
    }

    private static Iri Vf(string local) => Iri.Create(VfNamespaces.Vf + local);
}
