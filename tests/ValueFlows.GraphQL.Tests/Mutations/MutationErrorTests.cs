using System.Text.Json;
using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;

namespace ValueFlows.GraphQL.Tests.Mutations;

/// <summary>Every domain error path of the mutations: <c>errors[].extensions.code</c>, the field's <c>path</c>, nothing written.</summary>
public sealed class MutationErrorTests : IDisposable
{
    private readonly GraphQLLedger _vf = GraphQLLedger.InMemory();
    private readonly MutationSeed _seed;

    public MutationErrorTests() => _seed = new MutationSeed(_vf);

    public void Dispose() => _vf.Dispose();

    [Fact]
    public async Task UpdatePerson_StaleRevisionId_ConflictAndTheNewerVersionKept()
    {
        var stale = _vf.RevisionOf(_seed.Ann);
        await _vf.Data($"mutation {{ updatePerson(person: {{revisionId: \"{stale}\", name: \"Anna\"}}) {{ agent {{ id }} }} }}");

        var error = await _vf.Error($"mutation {{ updatePerson(person: {{revisionId: \"{stale}\", name: \"Annie\"}}) {{ agent {{ id }} }} }}");

        AssertError(error, "CONFLICT", "updatePerson");
        Assert.Equal("Anna", _vf.Get(_seed.Ann)!.GetString("name"));
    }

    [Fact]
    public async Task UpdatePerson_TwoConcurrentUpdatesOfOneRevision_OneWinsTheOtherConflicts()
    {
        var revision = _vf.RevisionOf(_seed.Ann);
        var updates = Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            _vf.Execute($"mutation {{ updatePerson(person: {{revisionId: \"{revision}\", note: \"writer {i}\"}}) {{ agent {{ note }} }} }}")));

        var results = await Task.WhenAll(updates);

        var failed = Assert.Single(results, r => r.TryGetProperty("errors", out _));
        AssertError(failed.GetProperty("errors")[0], "CONFLICT", "updatePerson");
        var won = Assert.Single(results, r => !r.TryGetProperty("errors", out _));
        Assert.Equal(_vf.Get(_seed.Ann)!.GetString("note"), won.GetProperty("data").GetProperty("updatePerson").GetProperty("agent").GetProperty("note").GetString());
    }

    [Fact]
    public async Task DeletePerson_StaleRevisionId_ConflictAndNotDeleted()
    {
        var stale = _vf.RevisionOf(_seed.Bob);
        await _vf.Data($"mutation {{ updatePerson(person: {{revisionId: \"{stale}\", note: \"moved\"}}) {{ agent {{ id }} }} }}");

        var error = await _vf.Error($"mutation {{ deletePerson(revisionId: \"{stale}\") }}");

        AssertError(error, "CONFLICT", "deletePerson");
        Assert.NotNull(_vf.Get(_seed.Bob));
    }

    [Fact]
    public async Task DeleteProcess_StillReferencedByEvents_Conflict()
    {
        var error = await _vf.Error($"mutation {{ deleteProcess(id: \"{_seed.Process.Value}\") }}");

        AssertError(error, "CONFLICT", "deleteProcess");
        Assert.NotNull(_vf.Get(_seed.Process));
    }

    [Fact]
    public async Task CreateCommitment_MissingProvider_NotFoundNamingTheInputField()
    {
        var error = await _vf.Error(_seed.Fill(
            """mutation { createCommitment(commitment: {action: "transfer", provider: "https://coop.example/person/nobody", receiver: "{bob}"}) { commitment { id } } }"""));

        AssertError(error, "NOT_FOUND", "createCommitment");
    }

    [Fact]
    public async Task CreateIntent_UnknownAction_BadUserInputNamingTheAction()
    {
        var error = await _vf.Error("""mutation { createIntent(intent: {action: "teleport"}) { intent { id } } }""");

        AssertError(error, "BAD_USER_INPUT", "createIntent");
    }

    [Fact]
    public async Task CreateEconomicEvent_BrokenActionRule_BadUserInputAndNothingWritten()
    {
        using var before = _vf.Ledger.OpenRead();
        var error = await _vf.Error(_seed.Fill(
            """mutation { createEconomicEvent(event: {action: "work", provider: "{ann}", receiver: "{bob}", outputOf: "{process}", effortQuantity: {hasNumericalValue: "1", hasUnit: "{hour}"}}) { economicEvent { id } } }"""));

        AssertError(error, "BAD_USER_INPUT", "createEconomicEvent");
        using var after = _vf.Ledger.OpenRead();
        Assert.Equal(before.Snapshot.Sequence, after.Snapshot.Sequence);
    }

    [Fact]
    public async Task CreateEconomicEvent_MissingResource_NotFoundNamingTheEventField()
    {
        var error = await _vf.Error(_seed.Fill(
            """mutation { createEconomicEvent(event: {action: "consume", provider: "{ann}", receiver: "{ann}", inputOf: "{process}", resourceInventoriedAs: "https://coop.example/economicResource/none", resourceQuantity: {hasNumericalValue: "1", hasUnit: "{kg}"}}) { economicEvent { id } } }"""));

        AssertError(error, "NOT_FOUND", "createEconomicEvent");
    }

    [Fact]
    public async Task UpdateEconomicEvent_FieldNotInUpdateParams_RefusedByValidation()
    {
        var revision = _vf.RevisionOf(_seed.Event1);

        var result = await _vf.Execute($"mutation {{ updateEconomicEvent(event: {{revisionId: \"{revision}\", provider: \"{_seed.Bob.Value}\"}}) {{ economicEvent {{ id }} }} }}");

        Assert.True(result.TryGetProperty("errors", out _));
        Assert.Equal(_seed.Ann, _vf.Get(_seed.Event1)!.GetIri("provider"));
    }

    [Fact]
    public async Task DeleteIntent_RevisionOfAnotherType_BadUserInput()
    {
        var error = await _vf.Error($"mutation {{ deleteIntent(revisionId: \"{_vf.RevisionOf(_seed.Ann)}\") }}");

        AssertError(error, "BAD_USER_INPUT", "deleteIntent");
        Assert.NotNull(_vf.Get(_seed.Ann));
    }

    [Fact]
    public async Task DeleteAgreement_MalformedRevisionId_BadUserInput()
    {
        var error = await _vf.Error("""mutation { deleteAgreement(revisionId: "not-a-revision") }""");

        AssertError(error, "BAD_USER_INPUT", "deleteAgreement");
    }

    [Fact]
    public async Task DeleteProductBatch_Missing_NotFound()
    {
        var error = await _vf.Error("""mutation { deleteProductBatch(id: "https://coop.example/productBatch/none") }""");

        AssertError(error, "NOT_FOUND", "deleteProductBatch");
    }

    [Fact]
    public async Task Mutations_SecondFails_FirstStaysWrittenAndTheErrorNamesTheSecond()
    {
        var result = await _vf.Execute("""
            mutation {
              ok: createProcessSpecification(processSpecification: {name: "Milling"}) { processSpecification { id name } }
              bad: createIntent(intent: {action: "teleport"}) { intent { id } }
            }
            """);

        // Payloads are non-null (XResponse!), so the failed field nulls data (GraphQL spec 6.4.4); the first write stays.
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        AssertError(error, "BAD_USER_INPUT", "bad");
        using var read = _vf.Ledger.OpenRead();
        var page = read.List(new VfListQuery(VfModel.Get("ProcessSpecification"), new VfPageRequest()));
        Assert.Contains(read.GetMany([.. page.Items.Select(i => i.Id)]), r => r?.GetString("name") == "Milling");
    }

    [Fact]
    public async Task CreatePerson_AsAQueriesOnlyRequest_RefusedBeforeExecutionAndNothingWritten()
    {
        using var before = _vf.Ledger.OpenRead();

        var response = await _vf.Executor.ExecuteAsync(
            new VfGraphQLRequest("""mutation { createPerson(person: {name: "Eve"}) { agent { id } } }""", null, null, QueriesOnly: true), CancellationToken.None);

        Assert.False(response.ExecutedAnything);
        using var after = _vf.Ledger.OpenRead();
        Assert.Equal(before.Snapshot.Sequence, after.Snapshot.Sequence);
    }

    [Fact]
    public async Task CreatePlan_DateTimeVariableWithoutZone_BadUserInputAndNothingWritten()
    {
        using var before = _vf.Ledger.OpenRead();

        var error = await _vf.Error(
            "mutation($p: PlanCreateParams!) { createPlan(plan: $p) { plan { id } } }", new { p = new { name = "Week", due = "2024-05-01T10:00:00" } });

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("due", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var after = _vf.Ledger.OpenRead();
        Assert.Equal(before.Snapshot.Sequence, after.Snapshot.Sequence);
    }

    private static void AssertError(JsonElement error, string code, string path)
    {
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal([path], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
