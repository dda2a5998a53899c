using System.Globalization;
using System.Text.Json;
using ValueFlows.Core.Actions;
using ValueFlows.Rdf;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>
/// Each of the 19 VF actions over HTTP: the agents, specifications, locations, process and resources are created with
/// GraphQL mutations, the event with <c>createEconomicEvent</c>, and every resource the action touches is read back
/// through GraphQL and through <c>/sparql</c> in the same test — both must show the effect docs/vf-effects.md states.
/// </summary>
public sealed class EconomicEventActionHttpTests
{
    private const string Kilogram = "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram";
    private const string Hour = "http://www.ontology-of-units-of-measure.org/resource/om-2/hour";
    private const string Vf = "https://w3id.org/valueflows/ont/vf#";

    /// <summary>Stands for "not asserted" in <see cref="Expected.Location"/>: VF says nothing about it for that action.</summary>
    private const string Unchecked = "*";

    // Before each event: stock 10/10 kg at the warehouse, other 0/0 kg nowhere, crate 1/1 kg at the warehouse, all Ann's.
    // Params use {process} {stock} {other} {crate} {flour} {kg} {hour} {warehouse} {shop}; "new" is the resource the event creates.
    private static readonly Scenario[] Scenarios =
    [
        new("produce", "{ann}", """outputOf: "{process}", resourceConformsTo: "{flour}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "5", hasUnit: "{kg}"}""",
            """{name: "bread"}""", [new("new", 5, 5, "shop", null), new("stock", 10, 10, "warehouse", null)]),
        new("consume", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "4", hasUnit: "{kg}"}""",
            null, [new("stock", 6, 6, "warehouse", null)]),
        new("use", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", effortQuantity: {hasNumericalValue: "2", hasUnit: "{hour}"}""",
            null, [new("stock", 10, 10, "warehouse", null)]),
        new("cite", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 10, "warehouse", null)]),
        new("work", "{ann}", """inputOf: "{process}", effortQuantity: {hasNumericalValue: "3", hasUnit: "{hour}"}""",
            null, [new("stock", 10, 10, "warehouse", null)]),
        new("deliverService", "{bob}", """outputOf: "{process}", resourceConformsTo: "{flour}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 10, "warehouse", null)]),
        new("pickup", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "2", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 8, "shop", null)]),
        new("dropoff", "{ann}", """outputOf: "{process}", resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "2", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 12, "shop", null)]),
        new("accept", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 9, "shop", null)]),
        new("modify", "{ann}", """outputOf: "{process}", resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 11, "shop", null)]),
        new("combine", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", toResourceInventoriedAs: "{crate}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 9, "warehouse", "crate"), new("crate", 1, 1, "warehouse", null)]),
        new("separate", "{ann}", """outputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 10, 10, "warehouse", null), new("crate", 1, 1, "warehouse", null)]),
        new("transfer", "{bob}", """resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""",
            """{name: "Bob's flour"}""", [new("new", 3, 3, "shop", null), new("stock", 7, 7, "warehouse", null)]),
        new("transferAllRights", "{bob}", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""",
            """{name: "Bob's flour"}""", [new("new", 3, 0, Unchecked, null), new("stock", 7, 10, "warehouse", null)]),
        new("transferCustody", "{bob}", """resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""",
            """{name: "Bob's flour"}""", [new("new", 0, 3, "shop", null), new("stock", 10, 7, "warehouse", null)]),
        new("move", "{ann}", """resourceInventoriedAs: "{stock}", toResourceInventoriedAs: "{other}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""",
            null, [new("other", 3, 3, "shop", null), new("stock", 7, 7, "warehouse", null)]),
        new("copy", "{bob}", """resourceInventoriedAs: "{stock}", toLocation: "{shop}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            """{name: "copy"}""", [new("new", 1, 1, "shop", null), new("stock", 10, 10, "warehouse", null)]),
        new("raise", "{ann}", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""",
            null, [new("stock", 11, 11, "warehouse", null)]),
        new("lower", "{ann}", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "2.5", hasUnit: "{kg}"}""",
            null, [new("stock", 7.5m, 7.5m, "warehouse", null)]),
    ];

    public static TheoryData<string> Actions => [.. Scenarios.Select(s => s.Action)];

    [Fact]
    public void Scenarios_CoverEveryVfAction() =>
        Assert.Equal(ActionCatalog.Standard.All.Select(a => a.Id).Order(StringComparer.Ordinal), Scenarios.Select(s => s.Action).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task CreateEconomicEvent_Action_ResourcesReadBackThroughGraphQLAndSparqlShowTheEffect(string action)
    {
        var scenario = Scenarios.Single(s => s.Action == action);
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var names = await Seed(client);
        if (action == "separate")
        {
            // Something to separate: the stock goes into the crate first (stock 10/9 in the crate).
            await Record(client, names, "combine", "{ann}", """inputOf: "{process}", resourceInventoriedAs: "{stock}", toResourceInventoriedAs: "{crate}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null);
            var before = await ThroughGraphQL(client, names["stock"]);
            Assert.Equal(names["crate"], before.ContainedIn);
        }

        var payload = await Record(client, names, action, scenario.Receiver, scenario.Params, scenario.NewResource);

        var eventId = payload.GetProperty("economicEvent").GetProperty("id").GetString()!;
        Assert.Equal(action, payload.GetProperty("economicEvent").GetProperty("action").GetProperty("id").GetString());
        var recorded = await client.SparqlGet($"ASK {{ <{eventId}> a vf:EconomicEvent ; vf:action <{Vf}{action}> }}");
        Assert.True(recorded.Boolean, $"/sparql does not see the {action} event {eventId}");
        var resource = payload.GetProperty("economicResource");
        if (action is "work" or "deliverService")
        {
            Assert.Equal(JsonValueKind.Null, resource.ValueKind);
        }
        else if (scenario.NewResource is not null)
        {
            names["new"] = resource.GetProperty("id").GetString()!;
            Assert.DoesNotContain(names["new"], new[] { names["stock"], names["other"], names["crate"] });
        }

        foreach (var expected in scenario.Resources)
        {
            var id = names[expected.Resource];
            var graphQL = await ThroughGraphQL(client, id);
            var sparql = await ThroughSparql(client, id);
            var want = new ResourceState(
                expected.Accounting,
                expected.Onhand,
                expected.Location is null ? null : expected.Location == Unchecked ? graphQL.Location : names[expected.Location],
                expected.ContainedIn is null ? null : names[expected.ContainedIn]);
            Assert.Equal(want, graphQL);
            Assert.Equal(want with { Location = expected.Location == Unchecked ? sparql.Location : want.Location }, sparql);
            Assert.Equal(graphQL, sparql);
        }
    }

    [Theory]
    [InlineData("produce")]
    [InlineData("modify")]
    [InlineData("dropoff")]
    [InlineData("separate")]
    public async Task CreateEconomicEvent_OutputWithAStageEffect_ResourceStageIsTheProcessSpecification(string action)
    {
        var scenario = Scenarios.Single(s => s.Action == action);
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var names = await Seed(client);

        var payload = await Record(client, names, action, scenario.Receiver, scenario.Params, scenario.NewResource);

        var id = payload.GetProperty("economicResource").GetProperty("id").GetString()!;
        var stage = (await client.Data("query R($id: ID!) { economicResource(id: $id) { stage { id name } } }", new { id }))
            .GetProperty("economicResource").GetProperty("stage");
        Assert.Equal(names["baking"], stage.GetProperty("id").GetString());
        Assert.Equal("Baking", stage.GetProperty("name").GetString());
        var stored = await client.SparqlGet($"SELECT ?stage WHERE {{ <{id}> vf:stage ?stage }}");
        Assert.Equal([names["baking"]], stored.Rows.Select(r => ((Iri)r[0]!).Value));
    }

    /// <summary>Creates, through GraphQL, everything the scenarios refer to; returns name → IRI.</summary>
    private static async Task<Dictionary<string, string>> Seed(HttpVfClient client)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["kg"] = Kilogram, ["hour"] = Hour };
        var first = await client.Data($$"""
            mutation {
              ann: createPerson(person: {name: "Ann"}) { agent { id } }
              bob: createPerson(person: {name: "Bob"}) { agent { id } }
              flour: createResourceSpecification(resourceSpecification: {name: "Flour"}) { resourceSpecification { id } }
              baking: createProcessSpecification(processSpecification: {name: "Baking"}) { processSpecification { id } }
              warehouse: createSpatialThing(spatialThing: {name: "Warehouse", lat: "52.5", long: "13.4"}) { spatialThing { id } }
              shop: createSpatialThing(spatialThing: {name: "Shop", mappableAddress: "1 Main St"}) { spatialThing { id } }
            }
            """);
        names["ann"] = first.GetProperty("ann").GetProperty("agent").GetProperty("id").GetString()!;
        names["bob"] = first.GetProperty("bob").GetProperty("agent").GetProperty("id").GetString()!;
        names["flour"] = first.GetProperty("flour").GetProperty("resourceSpecification").GetProperty("id").GetString()!;
        names["baking"] = first.GetProperty("baking").GetProperty("processSpecification").GetProperty("id").GetString()!;
        names["warehouse"] = first.GetProperty("warehouse").GetProperty("spatialThing").GetProperty("id").GetString()!;
        names["shop"] = first.GetProperty("shop").GetProperty("spatialThing").GetProperty("id").GetString()!;

        var process = await client.Data(Fill("""mutation { createProcess(process: {name: "Monday baking", basedOn: "{baking}"}) { process { id } } }""", names));
        names["process"] = process.GetProperty("createProcess").GetProperty("process").GetProperty("id").GetString()!;

        var resources = await client.Data(Fill("""
            mutation {
              stock: createEconomicEvent(event: {action: "raise", provider: "{ann}", receiver: "{ann}", resourceConformsTo: "{flour}", hasPointInTime: "2024-05-01T08:00:00Z", resourceQuantity: {hasNumericalValue: "10", hasUnit: "{kg}"}},
                newInventoriedResource: {name: "Flour stock", currentLocation: "{warehouse}"}) { economicResource { id } }
              other: createEconomicEvent(event: {action: "raise", provider: "{ann}", receiver: "{ann}", resourceConformsTo: "{flour}", hasPointInTime: "2024-05-01T08:00:00Z", resourceQuantity: {hasNumericalValue: "0", hasUnit: "{kg}"}},
                newInventoriedResource: {name: "Flour in the shop"}) { economicResource { id } }
              crate: createEconomicEvent(event: {action: "raise", provider: "{ann}", receiver: "{ann}", resourceConformsTo: "{flour}", hasPointInTime: "2024-05-01T08:00:00Z", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}},
                newInventoriedResource: {name: "Crate", currentLocation: "{warehouse}"}) { economicResource { id } }
            }
            """, names));
        foreach (var name in new[] { "stock", "other", "crate" })
        {
            names[name] = resources.GetProperty(name).GetProperty("economicResource").GetProperty("id").GetString()!;
        }

        // The starting state, through both doors, before any scenario's event.
        Assert.Equal(new ResourceState(10, 10, names["warehouse"], null), await ThroughGraphQL(client, names["stock"]));
        Assert.Equal(new ResourceState(10, 10, names["warehouse"], null), await ThroughSparql(client, names["stock"]));
        Assert.Equal(new ResourceState(0, 0, null, null), await ThroughSparql(client, names["other"]));
        return names;
    }

    private static async Task<JsonElement> Record(HttpVfClient client, Dictionary<string, string> names, string action, string receiver, string parameters, string? newResource)
    {
        var resourceArgument = newResource is null ? string.Empty : ", newInventoriedResource: " + newResource;
        var data = await client.Data(Fill($$"""
            mutation {
              createEconomicEvent(event: {action: "{{action}}", provider: "{ann}", receiver: "{{receiver}}", hasPointInTime: "2024-05-01T10:00:00Z", {{parameters}}}{{resourceArgument}}) {
                economicEvent { id action { id } }
                economicResource { id }
              }
            }
            """, names));
        return data.GetProperty("createEconomicEvent");
    }

    private static async Task<ResourceState> ThroughGraphQL(HttpVfClient client, string id)
    {
        var data = await client.Data(
            "query R($id: ID!) { economicResource(id: $id) { id accountingQuantity { hasNumericalValue hasUnit { id } } onhandQuantity { hasNumericalValue hasUnit { id } } currentLocation { id } containedIn { id } } }",
            new { id });
        var resource = data.GetProperty("economicResource");
        Assert.Equal(id, resource.GetProperty("id").GetString());
        return new ResourceState(
            Amount(resource.GetProperty("accountingQuantity")),
            Amount(resource.GetProperty("onhandQuantity")),
            IdOf(resource.GetProperty("currentLocation")),
            IdOf(resource.GetProperty("containedIn")));

        static decimal Amount(JsonElement measure)
        {
            if (measure.ValueKind == JsonValueKind.Null)
            {
                return 0;
            }

            Assert.Equal(Kilogram, measure.GetProperty("hasUnit").GetProperty("id").GetString());
            return decimal.Parse(measure.GetProperty("hasNumericalValue").GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        static string? IdOf(JsonElement reference) => reference.ValueKind == JsonValueKind.Null ? null : reference.GetProperty("id").GetString();
    }

    private static async Task<ResourceState> ThroughSparql(HttpVfClient client, string id)
    {
        var results = await client.SparqlPost($$"""
            SELECT ?accounting ?onhand ?location ?container WHERE {
              <{{id}}> a vf:EconomicResource .
              OPTIONAL { <{{id}}> vf:accountingQuantity/vf:hasNumericalValue ?accounting }
              OPTIONAL { <{{id}}> vf:onhandQuantity/vf:hasNumericalValue ?onhand }
              OPTIONAL { <{{id}}> vf:currentLocation ?location }
              OPTIONAL { <{{id}}> vf:containedIn ?container }
            }
            """);
        var row = Assert.Single(results.Rows);
        return new ResourceState(Amount(row[0]), Amount(row[1]), (row[2] as Iri)?.Value, (row[3] as Iri)?.Value);

        static decimal Amount(Term? term) => term is null ? 0 : decimal.Parse(((Literal)term).Value, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private static string Fill(string text, Dictionary<string, string> names)
    {
        foreach (var (name, iri) in names)
        {
            text = text.Replace("{" + name + "}", iri, StringComparison.Ordinal);
        }

        return text;
    }

    private sealed record Scenario(string Action, string Receiver, string Params, string? NewResource, Expected[] Resources);

    /// <summary>A resource's expected state after the event; locations and containers by name (null: none).</summary>
    private sealed record Expected(string Resource, decimal Accounting, decimal Onhand, string? Location, string? ContainedIn);

    private sealed record ResourceState(decimal Accounting, decimal Onhand, string? Location, string? ContainedIn);
}
