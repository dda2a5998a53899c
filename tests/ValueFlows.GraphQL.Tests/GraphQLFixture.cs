using System.Text.Json;
using ValueFlows.Core.Events;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.GraphQL.Tests;

/// <summary>A ledger over an in-memory store, an executor over it, and helpers to write records and run queries.</summary>
internal sealed class GraphQLFixture : IDisposable
{
    public const string Base = "https://coop.example/";
    public static readonly Iri Kilogram = Iri.Create(VfNamespaces.Om2 + "kilogram");

    public GraphQLFixture(VfGraphQLOptions? options = null)
    {
        Store = QuadStore.CreateInMemory();
        Ledger = new VfLedger(Store, Base);
        Executor = new VfGraphQLExecutor(Ledger, options);
        Recorder = new EventRecorder(Ledger);
    }

    public QuadStore Store { get; }

    public VfLedger Ledger { get; }

    public VfGraphQLExecutor Executor { get; }

    public EventRecorder Recorder { get; }

    public Iri Create(string type, params (string Field, VfValue Value)[] values)
    {
        var input = new VfInput();
        foreach (var (field, value) in values)
        {
            input.Set(field, value);
        }

        return Ledger.Create(VfModel.Get(type), input).Id;
    }

    /// <summary>Runs <paramref name="query"/> and returns the response JSON.</summary>
    public JsonElement Run(string query, object? variables = null, bool queriesOnly = false) => Response(query, variables, queriesOnly).Json;

    public (VfGraphQLResponse Response, JsonElement Json) Response(string query, object? variables = null, bool queriesOnly = false)
    {
        JsonElement? vars = variables is null ? null : JsonSerializer.SerializeToElement(variables);
        var response = Executor.ExecuteAsync(new VfGraphQLRequest(query, null, vars, queriesOnly), CancellationToken.None).GetAwaiter().GetResult();
        using var stream = new MemoryStream();
        response.WriteJsonAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        return (response, JsonDocument.Parse(stream.ToArray()).RootElement.Clone());
    }

    public void Dispose() => Store.Dispose();
}
