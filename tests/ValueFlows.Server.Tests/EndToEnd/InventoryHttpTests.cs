using System.Globalization;
using System.Text.Json;
using ValueFlows.Rdf;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>
/// A short exchange story over HTTP: after a transfer and a custody transfer, each agent's inventory through GraphQL
/// (<c>inventoriedEconomicResources</c>) is what <c>/sparql</c> finds through <c>vf:primaryAccountable</c>, with the same
/// quantities, and the total of each quantity over all resources is conserved.
/// </summary>
public sealed class InventoryHttpTests
{
    private const string Kilogram = "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram";

    [Fact]
    public async Task Inventory_AfterTransferAndCustodyTransfer_GraphQLAndSparqlAgreeAndTotalsAreConserved()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var seed = await client.Data("""
            mutation {
              ann: createPerson(person: {name: "Ann"}) { agent { id } }
              bob: createPerson(person: {name: "Bob"}) { agent { id } }
              flour: createResourceSpecification(resourceSpecification: {name: "Flour"}) { resourceSpecification { id } }
            }
            """);
        var ann = seed.GetProperty("ann").GetProperty("agent").GetProperty("id").GetString()!;
        var bob = seed.GetProperty("bob").GetProperty("agent").GetProperty("id").GetString()!;
        var flour = seed.GetProperty("flour").GetProperty("resourceSpecification").GetProperty("id").GetString()!;
        var stock = await Record(client, "raise", ann, ann, flour, null, 10, "Ann's flour");

        var bought = await Record(client, "transfer", ann, bob, flour, stock, 3, "Bob's flour");
        var lent = await Record(client, "transferCustody", ann, bob, flour, stock, 2, "Flour Bob keeps for Ann");

        var expected = new Dictionary<string, (decimal Accounting, decimal Onhand)>(StringComparer.Ordinal)
        {
            [stock] = (7, 5),
            [bought] = (3, 3),
            [lent] = (0, 2),
        };
        Assert.Equal(Of(expected, stock, lent), await ThroughGraphQL(client, ann));
        Assert.Equal(Of(expected, bought), await ThroughGraphQL(client, bob));
        Assert.Equal(Of(expected, stock, lent), await ThroughSparql(client, ann));
        Assert.Equal(Of(expected, bought), await ThroughSparql(client, bob));

        var totals = await client.SparqlGet("""
            SELECT (SUM(?a) AS ?accounting) (SUM(?o) AS ?onhand) WHERE {
              ?r a vf:EconomicResource .
              OPTIONAL { ?r vf:accountingQuantity/vf:hasNumericalValue ?accountingValue }
              OPTIONAL { ?r vf:onhandQuantity/vf:hasNumericalValue ?onhandValue }
              BIND (COALESCE(?accountingValue, 0) AS ?a)
              BIND (COALESCE(?onhandValue, 0) AS ?o)
            }
            """);
        var row = Assert.Single(totals.Rows);
        Assert.Equal(10m, decimal.Parse(((Literal)row[0]!).Value, CultureInfo.InvariantCulture));
        Assert.Equal(10m, decimal.Parse(((Literal)row[1]!).Value, CultureInfo.InvariantCulture));
    }

    private static List<(string Id, decimal Accounting, decimal Onhand)> Of(Dictionary<string, (decimal Accounting, decimal Onhand)> expected, params string[] ids) =>
        [.. ids.Select(id => (id, expected[id].Accounting, expected[id].Onhand)).Order()];

    private static async Task<string> Record(HttpVfClient client, string action, string provider, string receiver, string flour, string? resource, decimal amount, string newName)
    {
        var data = await client.Data(
            """
            mutation E($action: ID!, $provider: ID!, $receiver: ID!, $flour: ID, $resource: ID, $amount: Decimal!, $kg: ID!, $name: String) {
              createEconomicEvent(
                event: {action: $action, provider: $provider, receiver: $receiver, resourceConformsTo: $flour, resourceInventoriedAs: $resource,
                  hasPointInTime: "2024-05-01T10:00:00Z", resourceQuantity: {hasNumericalValue: $amount, hasUnit: $kg}},
                newInventoriedResource: {name: $name}) { economicResource { id } }
            }
            """,
            new { action, provider, receiver, flour, resource, amount = amount.ToString(CultureInfo.InvariantCulture), kg = Kilogram, name = newName });
        return data.GetProperty("createEconomicEvent").GetProperty("economicResource").GetProperty("id").GetString()!;
    }

    private static async Task<List<(string Id, decimal Accounting, decimal Onhand)>> ThroughGraphQL(HttpVfClient client, string agent)
    {
        var data = await client.Data(
            "query I($id: ID!) { person(id: $id) { inventoriedEconomicResources(first: 100) { edges { node { id accountingQuantity { hasNumericalValue } onhandQuantity { hasNumericalValue } } } } } }",
            new { id = agent });
        return [.. data.GetProperty("person").GetProperty("inventoriedEconomicResources").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .Select(n => (
                n.GetProperty("id").GetString()!,
                Amount(n.GetProperty("accountingQuantity")),
                Amount(n.GetProperty("onhandQuantity"))))
            .Order()];

        // A resource never counted on one side (custody without rights) may have no measure there: that is zero.
        static decimal Amount(JsonElement measure) =>
            measure.ValueKind == JsonValueKind.Null ? 0 : decimal.Parse(measure.GetProperty("hasNumericalValue").GetString()!, CultureInfo.InvariantCulture);
    }

    private static async Task<List<(string Id, decimal Accounting, decimal Onhand)>> ThroughSparql(HttpVfClient client, string agent)
    {
        var results = await client.SparqlPost($$"""
            SELECT ?r (COALESCE(?accounting, 0) AS ?a) (COALESCE(?onhand, 0) AS ?o) WHERE {
              ?r a vf:EconomicResource ; vf:primaryAccountable <{{agent}}> .
              OPTIONAL { ?r vf:accountingQuantity/vf:hasNumericalValue ?accounting }
              OPTIONAL { ?r vf:onhandQuantity/vf:hasNumericalValue ?onhand }
            }
            """);
        return [.. results.Rows
            .Select(r => (((Iri)r[0]!).Value, decimal.Parse(((Literal)r[1]!).Value, CultureInfo.InvariantCulture), decimal.Parse(((Literal)r[2]!).Value, CultureInfo.InvariantCulture)))
            .Order()];
    }
}
