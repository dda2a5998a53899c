using System.Text.Json;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Mutations;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Tests.Mutations;

/// <summary>
/// Every <c>Mutation</c> field of the schema end to end through <c>VfGraphQLExecutor</c> on an in-memory ledger: the
/// write lands in the store (read back through Core) and the payload reads it through GraphQL in the same request.
/// </summary>
public sealed class MutationEndToEndTests : IDisposable
{
    // The create/update/delete triples: (type, argument, payload field, create params, field checked, value after update).
    private static readonly (string Type, string Argument, string Payload, string Params, string Field, string Updated)[] Crud =
    [
        ("Person", "person", "agent", """{name: "Ann", note: "n1"}""", "note", "n2"),
        ("Organization", "organization", "agent", """{name: "Coop", classifiedAs: ["https://example.org/class/bakery"], note: "n1"}""", "note", "n2"),
        ("AgentRelationship", "relationship", "agentRelationship", """{subject: "{ann}", object: "{bob}", relationship: "{role}", note: "n1"}""", "note", "n2"),
        ("AgentRelationshipRole", "agentRelationshipRole", "agentRelationshipRole", """{roleLabel: "member of", inverseRoleLabel: "has member", note: "n1"}""", "note", "n2"),
        ("Agreement", "agreement", "agreement", """{name: "Deal", created: "2024-05-01T10:00:00Z", note: "n1"}""", "note", "n2"),
        ("Appreciation", "appreciation", "appreciation", """{appreciationOf: "{event1}", appreciationWith: "{event2}", note: "n1"}""", "note", "n2"),
        ("Claim", "claim", "claim",
            """{action: "transfer", triggeredBy: "{event1}", provider: "{bob}", receiver: "{ann}", resourceQuantity: {hasNumericalValue: "2.5", hasUnit: "{kg}"}, note: "n1"}""",
            "note", "n2"),
        ("Settlement", "settlement", "settlement", """{settles: "{claim}", settledBy: "{event2}", note: "n1"}""", "note", "n2"),
        ("Commitment", "commitment", "commitment",
            """{action: "transfer", provider: "{ann}", receiver: "{bob}", resourceConformsTo: "{flour}", resourceQuantity: {hasNumericalValue: "3", hasUnit: "{kg}"}, due: "2024-06-01T12:00:00+02:00", note: "n1"}""",
            "note", "n2"),
        ("Fulfillment", "fulfillment", "fulfillment", """{fulfilledBy: "{event1}", fulfills: "{commitment}", note: "n1"}""", "note", "n2"),
        ("SpatialThing", "spatialThing", "spatialThing", """{name: "Bakery", lat: "52.1", long: "4.3", note: "n1"}""", "note", "n2"),
        ("Intent", "intent", "intent",
            """{action: "transfer", provider: "{ann}", resourceConformsTo: "{flour}", availableQuantity: {hasNumericalValue: "10", hasUnit: "{kg}"}, note: "n1"}""",
            "note", "n2"),
        ("Unit", "unit", "unit", """{label: "dozen", symbol: "dz"}""", "symbol", "doz"),
        ("Plan", "plan", "plan", """{name: "Week plan", due: "2024-06-01T00:00:00Z", note: "n1"}""", "note", "n2"),
        ("Process", "process", "process", """{name: "Baking", basedOn: "{bakingSpec}", hasBeginning: "2024-05-01T06:00:00Z", note: "n1"}""", "note", "n2"),
        ("ProcessSpecification", "processSpecification", "processSpecification", """{name: "Baking", note: "n1"}""", "note", "n2"),
        ("ProductBatch", "productBatch", "productBatch", """{batchNumber: "B-1", expiryDate: "2025-01-01T00:00:00Z"}""", "batchNumber", "B-2"),
        ("Proposal", "proposal", "proposal", """{name: "Bread", unitBased: true, note: "n1"}""", "note", "n2"),
        ("RecipeFlow", "recipeFlow", "recipeFlow",
            """{action: "consume", resourceConformsTo: "{flour}", recipeInputOf: "{recipeProcess}", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}, note: "n1"}""",
            "note", "n2"),
        ("RecipeProcess", "recipeProcess", "recipeProcess", """{name: "Bake", hasDuration: {numericDuration: "2", unitType: hour}, note: "n1"}""", "note", "n2"),
        ("RecipeExchange", "recipeExchange", "recipeExchange", """{name: "Sale", note: "n1"}""", "note", "n2"),
        ("ResourceSpecification", "resourceSpecification", "resourceSpecification",
            """{name: "Rye", resourceClassifiedAs: ["https://example.org/class/grain"], substitutable: true, note: "n1"}""", "note", "n2"),
        ("Satisfaction", "satisfaction", "satisfaction", """{satisfies: "{intent}", satisfiedBy: "{event1}", note: "n1"}""", "note", "n2"),
        ("Scenario", "plan", "scenario", """{name: "Plan A", definedAs: "{scenarioDefinition}", note: "n1"}""", "note", "n2"),
        ("ScenarioDefinition", "plan", "scenarioDefinition", """{name: "Yearly", hasDuration: {numericDuration: "1", unitType: year}, note: "n1"}""", "note", "n2"),
    ];

    private static readonly Dictionary<string, Func<MutationEndToEndTests, Task>> Cases = BuildCases();

    private readonly GraphQLLedger _vf = GraphQLLedger.InMemory();
    private readonly MutationSeed _seed;

    public MutationEndToEndTests() => _seed = new MutationSeed(_vf);

    public static TheoryData<string> MutationNames => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    public void Dispose() => _vf.Dispose();

    [Fact]
    public async Task Schema_EveryMutationField_HasAnEndToEndCaseAndATableEntry()
    {
        var data = await _vf.Data("{ __schema { mutationType { fields { name args { name } type { ofType { name } } } } } }");
        var schemaFields = data.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray().ToList();
        var fields = schemaFields.Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(82, fields.Count);
        Assert.Equal(fields, Cases.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(fields, MutationFields.All.Select(f => f.Name).Order(StringComparer.Ordinal));
        foreach (var schemaField in schemaFields)
        {
            var entry = MutationFields.Find(schemaField.GetProperty("name").GetString()!)!;
            var arguments = schemaField.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
            if (entry.Kind != MutationKind.Link)
            {
                Assert.Contains(entry.Argument, arguments);
            }

            var payloadType = schemaField.GetProperty("type").GetProperty("ofType").GetProperty("name").GetString();
            Assert.Equal(entry.PayloadType ?? "Boolean", payloadType);
        }
    }

    [Fact]
    public async Task Mutations_LaterFieldOfTheSameRequest_ReadsTheEarlierWrite()
    {
        var data = await _vf.Data(_seed.Fill($$"""
            mutation {
              first: createCommitment(commitment: {action: "transfer", provider: "{ann}", receiver: "{bob}"}) { commitment { provider { name } } }
              rename: updatePerson(person: {revisionId: "{{_vf.RevisionOf(_seed.Ann)}}", name: "Ann B."}) { agent { name } }
              second: createCommitment(commitment: {action: "transfer", provider: "{ann}", receiver: "{bob}"}) { commitment { provider { name } } }
            }
            """));

        Assert.Equal("Ann", data.GetProperty("first").GetProperty("commitment").GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("Ann B.", data.GetProperty("rename").GetProperty("agent").GetProperty("name").GetString());
        Assert.Equal("Ann B.", data.GetProperty("second").GetProperty("commitment").GetProperty("provider").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateCommitment_WithVariables_DecimalStringsAndZonedDateTimes()
    {
        var variables = new
        {
            c = new
            {
                action = "transfer",
                provider = _seed.Ann.Value,
                receiver = _seed.Bob.Value,
                resourceQuantity = new { hasNumericalValue = "3.25", hasUnit = GraphQLLedger.Kilogram },
                due = "2024-06-01T12:00:00+02:00",
            },
        };

        var data = await _vf.Data(
            "mutation($c: CommitmentCreateParams!) { createCommitment(commitment: $c) { commitment { id due resourceQuantity { hasNumericalValue } } } }", variables);

        var commitment = data.GetProperty("createCommitment").GetProperty("commitment");
        Assert.Equal("3.25", commitment.GetProperty("resourceQuantity").GetProperty("hasNumericalValue").GetString());
        Assert.Equal("2024-06-01T10:00:00Z", commitment.GetProperty("due").GetString());
        var stored = _vf.Get(Iri.Create(commitment.GetProperty("id").GetString()!))!;
        Assert.Equal(new VfMeasure(3.25m, Iri.Create(GraphQLLedger.Kilogram)), stored.GetMeasure("resourceQuantity"));
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public Task Mutation_EndToEnd_WritesAndReadsBack(string mutation) => Cases[mutation](this);

    private static Dictionary<string, Func<MutationEndToEndTests, Task>> BuildCases()
    {
        var cases = new Dictionary<string, Func<MutationEndToEndTests, Task>>(StringComparer.Ordinal);
        foreach (var c in Crud)
        {
            var deleteById = VfModel.Get(c.Type).DeleteById;
            cases["create" + c.Type] = t => t.CreateCase(c.Type, c.Argument, c.Payload, c.Params, c.Field);
            cases["update" + c.Type] = t => t.UpdateCase(c.Type, c.Argument, c.Payload, c.Params, c.Field, c.Updated);
            cases["delete" + c.Type] = t => t.DeleteCase(c.Type, c.Argument, c.Payload, c.Params, deleteById);
        }

        cases["createEconomicEvent"] = t => t.CreateEconomicEventCase();
        cases["updateEconomicEvent"] = t => t.UpdateEconomicEventCase();
        cases["updateEconomicResource"] = t => t.UpdateEconomicResourceCase();
        cases["proposeIntent"] = t => t.ProposeIntentCase();
        cases["deleteProposedIntent"] = t => t.DeleteProposedIntentCase();
        cases["proposeTo"] = t => t.ProposeToCase();
        cases["deleteProposedTo"] = t => t.DeleteProposedToCase();
        return cases;
    }

    private async Task<JsonElement> Create(string type, string argument, string payload, string @params, string field)
    {
        var data = await _vf.Data(_seed.Fill($"mutation {{ create{type}({argument}: {@params}) {{ {payload} {{ id revisionId {field} }} }} }}"));
        return data.GetProperty("create" + type).GetProperty(payload);
    }

    private async Task CreateCase(string type, string argument, string payload, string @params, string field)
    {
        var created = await Create(type, argument, payload, @params, field);

        var id = Iri.Create(created.GetProperty("id").GetString()!);
        var stored = _vf.Get(id);
        Assert.NotNull(stored);
        Assert.Equal(type, stored.Type.Name);
        Assert.Equal(stored.RevisionId, created.GetProperty("revisionId").GetString());
        Assert.Equal(stored.GetString(field), created.GetProperty(field).GetString());
        Assert.NotNull(stored.GetString(field));
    }

    private async Task UpdateCase(string type, string argument, string payload, string @params, string field, string updated)
    {
        var created = await Create(type, argument, payload, @params, field);
        var revision = created.GetProperty("revisionId").GetString()!;

        var data = await _vf.Data(
            $"mutation {{ update{type}({argument}: {{revisionId: \"{revision}\", {field}: \"{updated}\"}}) {{ {payload} {{ id revisionId {field} }} }} }}");

        var result = data.GetProperty("update" + type).GetProperty(payload);
        Assert.Equal(updated, result.GetProperty(field).GetString());
        Assert.NotEqual(revision, result.GetProperty("revisionId").GetString());
        var stored = _vf.Get(Iri.Create(result.GetProperty("id").GetString()!))!;
        Assert.Equal(updated, stored.GetString(field));
        Assert.Equal(stored.RevisionId, result.GetProperty("revisionId").GetString());
    }

    private async Task DeleteCase(string type, string argument, string payload, string @params, bool byId)
    {
        var created = await Create(type, argument, payload, @params, "id");
        var id = created.GetProperty("id").GetString()!;
        var argumentText = byId ? $"id: \"{id}\"" : $"revisionId: \"{created.GetProperty("revisionId").GetString()}\"";

        var data = await _vf.Data($"mutation {{ delete{type}({argumentText}) }}");

        Assert.True(data.GetProperty("delete" + type).GetBoolean());
        Assert.Null(_vf.Get(Iri.Create(id)));
    }

    private async Task CreateEconomicEventCase()
    {
        var data = await _vf.Data(_seed.Fill("""
            mutation {
              createEconomicEvent(
                event: {action: "produce", provider: "{ann}", receiver: "{ann}", outputOf: "{process}", resourceConformsTo: "{flour}",
                        resourceQuantity: {hasNumericalValue: "25.5", hasUnit: "{kg}"}, hasPointInTime: "2024-05-01T10:00:00+02:00", note: "baked"}
                newInventoriedResource: {name: "Flour sack", note: "sack"}
              ) {
                economicEvent { id revisionId note }
                economicResource { id revisionId note }
              }
            }
            """));

        var payload = data.GetProperty("createEconomicEvent");
        var @event = _vf.Get(Iri.Create(payload.GetProperty("economicEvent").GetProperty("id").GetString()!))!;
        var resource = _vf.Get(Iri.Create(payload.GetProperty("economicResource").GetProperty("id").GetString()!))!;
        Assert.Equal("baked", payload.GetProperty("economicEvent").GetProperty("note").GetString());
        Assert.Equal("sack", payload.GetProperty("economicResource").GetProperty("note").GetString());
        Assert.Equal(resource.Id, @event.GetIri("resourceInventoriedAs"));
        Assert.Equal(25.5m, resource.GetMeasure("accountingQuantity")!.NumericalValue);
        Assert.Equal(@event.RevisionId, payload.GetProperty("economicEvent").GetProperty("revisionId").GetString());
    }

    private async Task UpdateEconomicEventCase()
    {
        var revision = _vf.RevisionOf(_seed.Event1);

        var data = await _vf.Data($"mutation {{ updateEconomicEvent(event: {{revisionId: \"{revision}\", note: \"corrected note\"}}) {{ economicEvent {{ id note }} }} }}");

        Assert.Equal("corrected note", data.GetProperty("updateEconomicEvent").GetProperty("economicEvent").GetProperty("note").GetString());
        Assert.Equal("corrected note", _vf.Get(_seed.Event1)!.GetString("note"));
    }

    private async Task UpdateEconomicResourceCase()
    {
        var raised = _vf.Recorder.Record(
            new VfInput()
                .Set("action", VfValue.Of("raise"))
                .Set("provider", VfValue.Of(_seed.Ann))
                .Set("receiver", VfValue.Of(_seed.Ann))
                .Set("resourceConformsTo", VfValue.Of(_seed.Flour))
                .Set("resourceQuantity", new VfMeasure(10m, Iri.Create(GraphQLLedger.Kilogram))),
            new VfInput().Set("name", VfValue.Of("Stock")));
        var resource = raised.NewInventoriedResource!;

        var data = await _vf.Data(
            $"mutation {{ updateEconomicResource(resource: {{revisionId: \"{resource.RevisionId}\", note: \"shelf 3\", classifiedAs: [\"https://example.org/c/dry\"]}}) {{ economicResource {{ id note revisionId }} }} }}");

        var result = data.GetProperty("updateEconomicResource").GetProperty("economicResource");
        Assert.Equal("shelf 3", result.GetProperty("note").GetString());
        var stored = _vf.Get(resource.Id)!;
        Assert.Equal("shelf 3", stored.GetString("note"));
        Assert.Equal([Iri.Create("https://example.org/c/dry")], stored.GetIris("classifiedAs"));
        Assert.Equal(10m, stored.GetMeasure("accountingQuantity")!.NumericalValue);
    }

    private async Task<JsonElement> ProposeIntent()
    {
        var data = await _vf.Data(_seed.Fill("""mutation { proposeIntent(publishedIn: "{proposal}", publishes: "{intent}", reciprocal: true) { proposedIntent { id revisionId } } }"""));
        return data.GetProperty("proposeIntent").GetProperty("proposedIntent");
    }

    private async Task ProposeIntentCase()
    {
        var proposed = await ProposeIntent();

        var stored = _vf.Get(Iri.Create(proposed.GetProperty("id").GetString()!))!;
        Assert.Equal("ProposedIntent", stored.Type.Name);
        Assert.Equal(_seed.Fill("{proposal}"), stored.GetIri("publishedIn")!.Value);
        Assert.Equal(_seed.Fill("{intent}"), stored.GetIri("publishes")!.Value);
        Assert.True(stored.GetBoolean("reciprocal"));
        Assert.Equal(stored.RevisionId, proposed.GetProperty("revisionId").GetString());
    }

    private async Task DeleteProposedIntentCase()
    {
        var proposed = await ProposeIntent();

        var data = await _vf.Data($"mutation {{ deleteProposedIntent(revisionId: \"{proposed.GetProperty("revisionId").GetString()}\") }}");

        Assert.True(data.GetProperty("deleteProposedIntent").GetBoolean());
        Assert.Null(_vf.Get(Iri.Create(proposed.GetProperty("id").GetString()!)));
    }

    private async Task<JsonElement> ProposeTo()
    {
        var data = await _vf.Data(_seed.Fill("""mutation { proposeTo(proposed: "{proposal}", proposedTo: "{bob}") { proposedTo { id revisionId } } }"""));
        return data.GetProperty("proposeTo").GetProperty("proposedTo");
    }

    private async Task ProposeToCase()
    {
        var proposed = await ProposeTo();

        var stored = _vf.Get(Iri.Create(proposed.GetProperty("id").GetString()!))!;
        Assert.Equal("ProposedTo", stored.Type.Name);
        Assert.Equal(_seed.Bob, stored.GetIri("proposedTo"));
        Assert.Equal(_seed.Fill("{proposal}"), stored.GetIri("proposed")!.Value);
    }

    private async Task DeleteProposedToCase()
    {
        var proposed = await ProposeTo();

        var data = await _vf.Data($"mutation {{ deleteProposedTo(revisionId: \"{proposed.GetProperty("revisionId").GetString()}\") }}");

        Assert.True(data.GetProperty("deleteProposedTo").GetBoolean());
        Assert.Null(_vf.Get(Iri.Create(proposed.GetProperty("id").GetString()!)));
    }
}
