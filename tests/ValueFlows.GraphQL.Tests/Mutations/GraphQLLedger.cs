using System.Text.Json;
using ValueFlows.Core.Events;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.GraphQL.Tests.Mutations;

/// <summary>A ledger (in memory, or on disk for history) behind the GraphQL executor, and the calls tests make on it.</summary>
internal sealed class GraphQLLedger : IDisposable
{
    public const string Base = "https://coop.example/";
    public const string Kilogram = "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram";
    public const string Hour = "http://www.ontology-of-units-of-measure.org/resource/om-2/hour";

    private readonly string? _directory;

    private GraphQLLedger(QuadStore store, string? directory)
    {
        Store = store;
        _directory = directory;
        Ledger = new VfLedger(store, Base);
        Recorder = new EventRecorder(Ledger);
        Executor = new VfGraphQLExecutor(Ledger);
    }

    public QuadStore Store { get; }

    public VfLedger Ledger { get; }

    public EventRecorder Recorder { get; }

    public VfGraphQLExecutor Executor { get; }

    public static GraphQLLedger InMemory() => new(QuadStore.CreateInMemory(), null);

    public static GraphQLLedger OnDisk()
    {
        var directory = Path.Combine(Path.GetTempPath(), "vf-graphql-mut-" + Guid.NewGuid().ToString("N"));
        return new GraphQLLedger(QuadStore.Open(directory), directory);
    }

    /// <summary>Runs a request; returns the whole response document (<c>data</c>, <c>errors</c>).</summary>
    public async Task<JsonElement> Execute(string query, object? variables = null)
    {
        JsonElement? vars = variables is null ? null : JsonSerializer.SerializeToElement(variables);
        var response = await Executor.ExecuteAsync(new VfGraphQLRequest(query, null, vars, QueriesOnly: false), CancellationToken.None);
        using var stream = new MemoryStream();
        await response.WriteJsonAsync(stream, CancellationToken.None);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    /// <summary>Runs a request that must succeed; returns its <c>data</c>.</summary>
    public async Task<JsonElement> Data(string query, object? variables = null)
    {
        var result = await Execute(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return result.GetProperty("data");
    }

    /// <summary>Runs a request that must fail with one error; returns that error.</summary>
    public async Task<JsonElement> Error(string query, object? variables = null)
    {
        var result = await Execute(query, variables);
        Assert.True(result.TryGetProperty("errors", out var errors), $"Expected an error, got {result}");
        Assert.Equal(1, errors.GetArrayLength());
        return errors[0];
    }

    public Iri Create(string type, params (string Field, VfValue Value)[] fields)
    {
        var input = new VfInput();
        foreach (var (field, value) in fields)
        {
            input.Set(field, value);
        }

        return Ledger.Create(VfModel.Get(type), input).Id;
    }

    public VfRecord? Get(Iri id)
    {
        using var read = Ledger.OpenRead();
        return read.Get(id);
    }

    public string RevisionOf(Iri id) => Get(id)!.RevisionId;

    public void Dispose()
    {
        Store.Dispose();
        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
