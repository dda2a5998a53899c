using System.Text.Json;
using ValueFlows.Core.Model;

namespace ValueFlows.GraphQL.Tests;

public sealed class ExecutorTests : IDisposable
{
    private readonly GraphQLFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void ExecuteAsync_PersonById_ReturnsStoredFields()
    {
        var ann = _fixture.Create("Person", ("name", VfValue.Of("Ann")), ("note", VfValue.Of("bakes")));

        var json = _fixture.Run("query($id: ID!) { person(id: $id) { id name note } }", new { id = ann.Value });

        var person = json.GetProperty("data").GetProperty("person");
        Assert.Equal(ann.Value, person.GetProperty("id").GetString());
        Assert.Equal("Ann", person.GetProperty("name").GetString());
        Assert.Equal("bakes", person.GetProperty("note").GetString());
        Assert.False(json.TryGetProperty("errors", out _));
    }

    [Fact]
    public void ExecuteAsync_AgentById_ResolvesTheInterfaceToItsType()
    {
        var org = _fixture.Create("Organization", ("name", VfValue.Of("Coop")));

        var json = _fixture.Run("query($id: ID!) { agent(id: $id) { __typename name } }", new { id = org.Value });

        Assert.Equal("Organization", json.GetProperty("data").GetProperty("agent").GetProperty("__typename").GetString());
    }

    [Fact]
    public void ExecuteAsync_MissingRecord_IsNotFoundWithPath()
    {
        var json = _fixture.Run("{ economicEvent(id: \"https://coop.example/economicEvent/none\") { id } }");

        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("economicEvent", error.GetProperty("path")[0].GetString());
        Assert.True(error.TryGetProperty("locations", out _));
    }

    [Fact]
    public void ExecuteAsync_RecordOfAnotherType_IsNotFound()
    {
        var ann = _fixture.Create("Person", ("name", VfValue.Of("Ann")));

        var json = _fixture.Run("query($id: ID!) { organization(id: $id) { id } }", new { id = ann.Value });

        Assert.Equal("NOT_FOUND", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void ExecuteAsync_IdThatIsNoIri_IsBadUserInput()
    {
        var json = _fixture.Run("{ person(id: \"ann\") { id } }");

        Assert.Equal("BAD_USER_INPUT", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void ExecuteAsync_SyntaxError_ExecutesNothing()
    {
        var (response, json) = _fixture.Response("{ person(id: ");

        Assert.False(response.ExecutedAnything);
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Fact]
    public void ExecuteAsync_MutationWithQueriesOnly_IsRefusedBeforeExecution()
    {
        var (response, json) = _fixture.Response(
            "mutation { deleteProcess(id: \"https://coop.example/process/x\") }", queriesOnly: true);

        Assert.False(response.ExecutedAnything);
        Assert.Contains("POST", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    public async Task ExecuteAsync_VariablesNotAnObject_ExecuteNothing(string variables)
    {
        using var document = JsonDocument.Parse(variables);

        var response = await _fixture.Executor.ExecuteAsync(new VfGraphQLRequest("{ actions { id } }", null, document.RootElement, false), CancellationToken.None);

        Assert.False(response.ExecutedAnything);
        Assert.Contains("variables", response.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExecuteAsync_TooDeepQuery_IsRefusedWithAClearError()
    {
        using var fixture = new GraphQLFixture(new VfGraphQLOptions { MaxDepth = 2 });

        var (response, json) = fixture.Response("{ economicEvents { edges { node { provider { name } } } } }");

        Assert.False(response.ExecutedAnything);
        Assert.Contains("depth", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ExecuteAsync_TooComplexQuery_IsRefusedWithAClearError()
    {
        using var fixture = new GraphQLFixture(new VfGraphQLOptions { MaxComplexity = 100 });

        var (response, json) = fixture.Response("{ economicEvents(first: 1000) { edges { node { id note provider { name } } } } }");

        Assert.False(response.ExecutedAnything);
        Assert.Contains("complex", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ExecuteAsync_DateTimeFilterWithoutZone_IsRefused()
    {
        var (response, json) = _fixture.Response(
            "query($d: DateTime) { economicEvents(filter: { startDate: $d }) { edges { cursor } } }", new { d = "2026-01-02T03:04:05" });

        Assert.False(response.ExecutedAnything);
        var error = json.GetProperty("errors")[0];
        Assert.Contains("zone", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ExecuteAsync_MyAgentConfigured_ReturnsThatAgent()
    {
        using var fixture = new GraphQLFixture();
        var ann = fixture.Create("Person", ("name", VfValue.Of("Ann")));
        var executor = new VfGraphQLExecutor(fixture.Ledger, new VfGraphQLOptions { MyAgent = ann });

        var response = await executor.ExecuteAsync(new VfGraphQLRequest("{ myAgent { name } }", null, null, false), CancellationToken.None);

        Assert.Contains("\"name\":\"Ann\"", response.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExecuteAsync_MyAgentWithoutConfiguredAgent_IsUnauthenticated()
    {
        var json = _fixture.Run("{ myAgent { id } }");

        Assert.Equal("UNAUTHENTICATED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void ExecuteAsync_Actions_ListsEveryVfActionWithEffects()
    {
        var json = _fixture.Run("{ action(id: \"produce\") { id label resourceEffect onhandEffect inputOutput } actions { id } }");

        var produce = json.GetProperty("data").GetProperty("action");
        Assert.Equal("produce", produce.GetProperty("label").GetString());
        Assert.Equal("increment", produce.GetProperty("resourceEffect").GetString());
        Assert.Equal("output", produce.GetProperty("inputOutput").GetString());
        Assert.True(json.GetProperty("data").GetProperty("actions").GetArrayLength() >= 19);
    }

    [Fact]
    public void ExecuteAsync_EventWithMeasureAndReferences_ResolvesThemThroughTheLoader()
    {
        var ann = _fixture.Create("Person", ("name", VfValue.Of("Ann")));
        var flour = _fixture.Create("ResourceSpecification", ("name", VfValue.Of("Flour")));
        var recorded = _fixture.Recorder.Record(new VfInput()
            .Set("action", VfValue.Of("produce"))
            .Set("provider", VfValue.Of(ann))
            .Set("receiver", VfValue.Of(ann))
            .Set("resourceConformsTo", VfValue.Of(flour))
            .Set("resourceQuantity", new VfMeasure(25m, GraphQLFixture.Kilogram))
            .Set("hasPointInTime", VfValue.Of(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))));

        var json = _fixture.Run(
            "query($id: ID!) { economicEvent(id: $id) { action { id } provider { name } receiver { __typename } resourceConformsTo { name } "
            + "resourceQuantity { hasNumericalValue hasUnit { id label symbol } } hasPointInTime } }",
            new { id = recorded.Event.Id.Value });

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var e = json.GetProperty("data").GetProperty("economicEvent");
        Assert.Equal("produce", e.GetProperty("action").GetProperty("id").GetString());
        Assert.Equal("Ann", e.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("Person", e.GetProperty("receiver").GetProperty("__typename").GetString());
        Assert.Equal("Flour", e.GetProperty("resourceConformsTo").GetProperty("name").GetString());
        Assert.Equal("25.0", e.GetProperty("resourceQuantity").GetProperty("hasNumericalValue").GetString());
        Assert.Equal("kilogram", e.GetProperty("resourceQuantity").GetProperty("hasUnit").GetProperty("label").GetString());
        Assert.Equal("2026-01-02T03:04:05Z", e.GetProperty("hasPointInTime").GetString());
    }
}
