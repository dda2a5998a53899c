using System.Globalization;
using System.Text.Json;
using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Tests.Mutations;

/// <summary>
/// <c>createEconomicEvent</c> for each of the 19 VF actions through GraphQL, reading the resource's quantities back
/// through GraphQL (the payload's <c>economicResource</c>, in the same request) and checking the store agrees.
/// </summary>
public sealed class EconomicEventActionTests : IDisposable
{
    private const string Quantities = "id accountingQuantity { hasNumericalValue } onhandQuantity { hasNumericalValue }";

    // (action, event params beyond action/provider/receiver, newInventoriedResource or null,
    //  expected accounting and onhand of the payload's economicResource (null: no resource), expected of the stock after).
    private static readonly (string Action, string Params, string? NewResource, decimal[]? Resource, decimal[] Stock)[] Scenarios =
    [
        ("accept", """inputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, [10, 9], [10, 9]),
        ("cite", """inputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, [10, 10], [10, 10]),
        ("combine", """inputOf: "{process}", resourceInventoriedAs: "{stock}", toResourceInventoriedAs: "{crate}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, [10, 9], [10, 9]),
        ("consume", """inputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "4", hasUnit: "{kg}"}""", null, [6, 6], [6, 6]),
        ("copy", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", """{name: "copy"}""", [1, 1], [10, 10]),
        ("deliverService", """outputOf: "{process}", resourceConformsTo: "{flour}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, null, [10, 10]),
        ("dropoff", """outputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "2", hasUnit: "{kg}"}""", null, [10, 12], [10, 12]),
        ("lower", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "2.5", hasUnit: "{kg}"}""", null, [7.5m, 7.5m], [7.5m, 7.5m]),
        ("modify", """outputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, [10, 11], [10, 11]),
        ("move", """resourceInventoriedAs: "{stock}", toResourceInventoriedAs: "{other}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""", null, [7, 7], [7, 7]),
        ("pickup", """inputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "2", hasUnit: "{kg}"}""", null, [10, 8], [10, 8]),
        ("produce", """outputOf: "{process}", resourceConformsTo: "{flour}", resourceQuantity: {hasNumericalValue: "5", hasUnit: "{kg}"}""", """{name: "bread"}""", [5, 5], [10, 10]),
        ("raise", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, [11, 11], [11, 11]),
        ("separate", """outputOf: "{process}", resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}""", null, [10, 11], [10, 11]),
        ("transfer", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""", """{name: "Bob's flour"}""", [3, 3], [7, 7]),
        ("transferAllRights", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""", """{name: "Bob's flour"}""", [3, 0], [7, 10]),
        ("transferCustody", """resourceInventoriedAs: "{stock}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}""", """{name: "Bob's flour"}""", [0, 3], [10, 7]),
        ("use", """inputOf: "{process}", resourceInventoriedAs: "{stock}", effortQuantity: {hasNumericalValue: "2", hasUnit: "{hour}"}""", null, [10, 10], [10, 10]),
        ("work", """inputOf: "{process}", effortQuantity: {hasNumericalValue: "3", hasUnit: "{hour}"}""", null, null, [10, 10]),
    ];

    private readonly GraphQLLedger _vf = GraphQLLedger.InMemory();
    private readonly MutationSeed _seed;
    private readonly Iri _stock;
    private readonly Iri _other;
    private readonly Iri _crate;

    public EconomicEventActionTests()
    {
        _seed = new MutationSeed(_vf);
        _stock = Raise("Flour stock", 10m);
        _other = Raise("Flour in the shop", 0m);
        _crate = Raise("Crate", 1m);
    }

    public static TheoryData<string> Actions => [.. Scenarios.Select(s => s.Action)];

    public void Dispose() => _vf.Dispose();

    [Fact]
    public void Scenarios_CoverEveryVfAction() =>
        Assert.Equal(ActionCatalog.Standard.All.Select(a => a.Id).Order(StringComparer.Ordinal), Scenarios.Select(s => s.Action).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task CreateEconomicEvent_Action_ResourceQuantitiesReadBackThroughGraphQL(string action)
    {
        var scenario = Scenarios.Single(s => s.Action == action);
        // Exchanges go from Ann to Bob; the rest stay with Ann.
        var receiver = action is "transfer" or "transferAllRights" or "transferCustody" or "copy" or "accept" ? "{bob}" : "{ann}";
        var resourceArgument = scenario.NewResource is null ? string.Empty : ", newInventoriedResource: " + scenario.NewResource;
        var query = Fill($$"""
            mutation {
              createEconomicEvent(event: {action: "{{action}}", provider: "{ann}", receiver: "{{receiver}}", hasPointInTime: "2024-05-01T10:00:00Z", {{scenario.Params}}}{{resourceArgument}}) {
                economicEvent { id action { id } }
                economicResource { {{Quantities}} }
              }
            }
            """);

        var payload = (await _vf.Data(query)).GetProperty("createEconomicEvent");

        Assert.Equal(action, payload.GetProperty("economicEvent").GetProperty("action").GetProperty("id").GetString());
        var resource = payload.GetProperty("economicResource");
        if (scenario.Resource is null)
        {
            Assert.Equal(JsonValueKind.Null, resource.ValueKind);
        }
        else
        {
            Assert.Equal(scenario.Resource, Amounts(resource));
            var stored = _vf.Get(Iri.Create(resource.GetProperty("id").GetString()!))!;
            Assert.Equal(scenario.Resource, Amounts(stored));
        }

        var stock = (await _vf.Data($"{{ economicResource(id: \"{_stock.Value}\") {{ {Quantities} }} }}")).GetProperty("economicResource");
        Assert.Equal(scenario.Stock, Amounts(stock));
        Assert.Equal(scenario.Stock, Amounts(_vf.Get(_stock)!));
    }

    [Fact]
    public async Task CreateEconomicEvent_Correction_ReversesTheCorrectedEventAndLinksIt()
    {
        Iri raise;
        using (var read = _vf.Ledger.OpenRead())
        {
            raise = read.GetInverse(_stock, VfModel.Get("EconomicResource").Field("economicEventsInOutFrom")!).Single();
        }

        var payload = (await _vf.Data(Fill($$"""
            mutation {
              createEconomicEvent(event: {action: "raise", provider: "{ann}", receiver: "{ann}", resourceInventoriedAs: "{stock}",
                                          resourceQuantity: {hasNumericalValue: "10", hasUnit: "{kg}"}, corrects: "{{raise.Value}}"}) {
                economicEvent { id }
                economicResource { {{Quantities}} }
              }
            }
            """))).GetProperty("createEconomicEvent");

        Assert.Equal([0m, 0m], Amounts(payload.GetProperty("economicResource")));
        var correction = _vf.Get(Iri.Create(payload.GetProperty("economicEvent").GetProperty("id").GetString()!))!;
        Assert.Equal(raise, correction.GetIri("corrects"));
    }

    [Fact]
    public async Task CreateEconomicEvent_WithState_TheResourceGetsTheState()
    {
        var payload = (await _vf.Data(Fill("""
            mutation {
              createEconomicEvent(event: {action: "lower", provider: "{ann}", receiver: "{ann}", resourceInventoriedAs: "{stock}",
                                          resourceQuantity: {hasNumericalValue: "0.5", hasUnit: "{kg}"}, state: "counted"}) {
                economicResource { id }
              }
            }
            """))).GetProperty("createEconomicEvent");

        Assert.Equal(_stock.Value, payload.GetProperty("economicResource").GetProperty("id").GetString());
        Assert.Equal("counted", _vf.Get(_stock)!.GetString("state"));
        Assert.Equal([9.5m, 9.5m], Amounts(_vf.Get(_stock)!));
    }

    private static decimal[] Amounts(JsonElement resource) =>
    [
        Amount(resource.GetProperty("accountingQuantity")),
        Amount(resource.GetProperty("onhandQuantity")),
    ];

    private static decimal[] Amounts(VfRecord stored) =>
    [
        stored.GetMeasure("accountingQuantity")?.NumericalValue ?? 0,
        stored.GetMeasure("onhandQuantity")?.NumericalValue ?? 0,
    ];

    private static decimal Amount(JsonElement measure) =>
        measure.ValueKind == JsonValueKind.Null ? 0 : decimal.Parse(measure.GetProperty("hasNumericalValue").GetString()!, CultureInfo.InvariantCulture);

    private string Fill(string text) => _seed.Fill(text)
        .Replace("{stock}", _stock.Value, StringComparison.Ordinal)
        .Replace("{other}", _other.Value, StringComparison.Ordinal)
        .Replace("{crate}", _crate.Value, StringComparison.Ordinal);

    private Iri Raise(string name, decimal amount) => _vf.Recorder.Record(
        new VfInput()
            .Set("action", VfValue.Of("raise"))
            .Set("provider", VfValue.Of(_seed.Ann))
            .Set("receiver", VfValue.Of(_seed.Ann))
            .Set("resourceConformsTo", VfValue.Of(_seed.Flour))
            .Set("resourceQuantity", new VfMeasure(amount, Iri.Create(GraphQLLedger.Kilogram))),
        new VfInput().Set("name", VfValue.Of(name))).NewInventoriedResource!.Id;
}
