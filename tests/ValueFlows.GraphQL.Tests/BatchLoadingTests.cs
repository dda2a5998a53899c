using System.Text.Json;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Execution;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Tests;

/// <summary>Issue 8 item 1: nested objects of a list are batch-loaded, a bounded number of reads whatever the list's size.</summary>
public sealed class BatchLoadingTests : IDisposable
{
    private const string Query =
        "query($n: Int) { economicEvents(first: $n) { edges { node { provider { name } receiver { name } "
        + "resourceInventoriedAs { name accountingQuantity { hasNumericalValue hasUnit { label } } } "
        + "resourceQuantity { hasNumericalValue hasUnit { label } } } } } }";

    private readonly GraphQLFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void EconomicEvents_100WithNestedAgentsResourcesAndUnits_ReadsAsFewBatchesAs10()
    {
        Seed(100);

        var (small, _) = Run(10);
        var (large, json) = Run(100);

        Assert.Equal(100, json.GetProperty("data").GetProperty("economicEvents").GetProperty("edges").GetArrayLength());
        Assert.Equal(small.BatchCount, large.BatchCount);
        Assert.InRange(large.BatchCount, 1, 4);
        Assert.Equal(1, large.Snapshots);
    }

    private void Seed(int events)
    {
        var agents = Enumerable.Range(0, 5).Select(i => _fixture.Create("Person", ("name", VfValue.Of($"Agent {i}")))).ToList();
        var flour = _fixture.Create("ResourceSpecification", ("name", VfValue.Of("Flour")));
        Iri? resource = null;
        for (int i = 0; i < events; i++)
        {
            var input = new VfInput()
                .Set("action", VfValue.Of("raise"))
                .Set("provider", VfValue.Of(agents[i % 5]))
                .Set("receiver", VfValue.Of(agents[i % 5]))
                .Set("resourceQuantity", new VfMeasure(1m, GraphQLFixture.Kilogram))
                .Set("hasPointInTime", VfValue.Of(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i)));
            if (resource is null)
            {
                input.Set("resourceConformsTo", VfValue.Of(flour));
                resource = _fixture.Recorder.Record(input, new VfInput().Set("name", VfValue.Of("Flour sack"))).NewInventoriedResource!.Id;
            }
            else
            {
                _fixture.Recorder.Record(input.Set("resourceInventoriedAs", VfValue.Of(resource)));
            }
        }
    }

    private ((int BatchCount, int Snapshots), JsonElement) Run(int first)
    {
        using var context = new VfGraphQLContext(_fixture.Ledger, new VfGraphQLOptions());
        var request = new VfGraphQLRequest(Query, null, JsonSerializer.SerializeToElement(new { n = first }), QueriesOnly: true);
        var result = _fixture.Executor.ExecuteAsync(request, context, CancellationToken.None).GetAwaiter().GetResult();
        Assert.Null(result.Errors);
        var json = JsonDocument.Parse(new global::GraphQL.SystemTextJson.GraphQLSerializer().Serialize(result)).RootElement.Clone();
        return ((context.Loader.BatchCount, context.SnapshotsOpened), json);
    }
}
