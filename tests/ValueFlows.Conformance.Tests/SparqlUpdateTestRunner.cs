using System.Collections.Concurrent;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Update;
using ValueFlows.Store;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// Runs one <c>mf:UpdateEvaluationTest</c>: loads the action's <c>ut:data</c> into the default graph and each
/// <c>ut:graphData</c> into the graph its <c>rdfs:label</c> names, runs <c>ut:request</c>, and compares the whole
/// dataset (default and named graphs) with the result's by isomorphism — over the in-memory dataset and over the quad
/// store, where the request is one write transaction.
/// </summary>
public static class SparqlUpdateTestRunner
{
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static readonly Iri s_request = Iri.Create(Ut + "request");
    private static readonly Iri s_data = Iri.Create(Ut + "data");
    private static readonly Iri s_graphData = Iri.Create(Ut + "graphData");
    private static readonly Iri s_graph = Iri.Create(Ut + "graph");
    private static readonly Iri s_label = Iri.Create("http://www.w3.org/2000/01/rdf-schema#label");
    private static readonly ConcurrentDictionary<ManifestSuite, Dictionary<string, ManifestEntry>> s_entries = new();

    /// <summary>One case per update evaluation entry; entries in <paramref name="skipped"/> are skipped with the reason.</summary>
    public static TheoryData<ConformanceCase> Cases(ManifestSuite suite, IReadOnlyDictionary<string, string> skipped)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(skipped);
        var data = new TheoryData<ConformanceCase>();
        if (ConformanceRoot.Path is null)
        {
            return data;
        }

        foreach (var entry in Entries(suite))
        {
            data.Add(new ConformanceCase(entry, skipped.GetValueOrDefault(entry.Iri)));
        }

        return data;
    }

    /// <summary>The update evaluation entries of the suite's manifest, in manifest order.</summary>
    public static List<ManifestEntry> Entries(ManifestSuite suite) =>
        [.. Manifest.Load(suite).Entries.Where(e => e.Type == TestVocabulary.Mf + "UpdateEvaluationTest")];

    /// <summary>Runs the case; fails with the expected and actual datasets when they differ.</summary>
    public static void Run(ConformanceCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var entries = s_entries.GetOrAdd(test.Suite, suite => Entries(suite).GroupBy(e => e.Iri).ToDictionary(g => g.Key, g => g.First()));
        var entry = entries[test.TestIri];
        var manifest = entry.Manifest;
        var action = entry.Action ?? throw new InvalidOperationException("No mf:action.");
        var requestIri = (Iri)manifest.Objects(action, s_request).Single();
        var update = SparqlUpdate.Parse(File.ReadAllText(test.Suite.LocalPath(requestIri.Value)), requestIri);
        var before = ReadDataset(test.Suite, manifest, action);
        var expected = entry.Result is { } result ? ReadDataset(test.Suite, manifest, result) : new Dataset();

        // LOAD may only reach the suite's own folder; the suite's LOAD entries name addresses that must be refused.
        var options = new UpdateOptions { ImportDirectory = test.Suite.LocalFolder };

        var memory = new InMemoryUpdatableDataset(before);
        SparqlUpdateExecutor.Execute(update, memory, options);
        Compare(expected, [.. memory.ToDataset()], "in-memory dataset");

        using var store = QuadStore.CreateInMemory();
        using (var transaction = store.BeginWrite())
        {
            foreach (var quad in before)
            {
                transaction.Add(quad);
            }

            transaction.Commit();
        }

        store.Update(update, options);
        using var snapshot = store.OpenSnapshot();
        Compare(expected, [.. snapshot.GetAllQuads()], "quad store");
    }

    private static void Compare(Dataset expected, List<Quad> actual, string backend) =>
        Assert.True(
            GraphIsomorphism.AreIsomorphic(expected, actual),
            $"{backend}: datasets differ.\nExpected:\n{string.Join('\n', expected.Select(q => q.ToString()).Order(StringComparer.Ordinal))}\nActual:\n{string.Join('\n', actual.Select(q => q.ToString()).Order(StringComparer.Ordinal))}");

    private static Dataset ReadDataset(ManifestSuite suite, Manifest manifest, Term node)
    {
        var dataset = new Dataset();
        foreach (var file in manifest.Objects(node, s_data).OfType<Iri>())
        {
            foreach (var quad in ReadGraph(suite, file.Value))
            {
                dataset.Add(quad with { Graph = null });
            }
        }

        foreach (var graphData in manifest.Objects(node, s_graphData))
        {
            var file = (Iri)manifest.Objects(graphData, s_graph).Single();
            var name = Iri.Create(((Literal)manifest.Objects(graphData, s_label).Single()).Value);
            foreach (var quad in ReadGraph(suite, file.Value))
            {
                dataset.Add(quad with { Graph = name });
            }
        }

        return dataset;
    }

    private static List<Quad> ReadGraph(ManifestSuite suite, string iri)
    {
        string path = suite.LocalPath(iri);
        if (!RdfFormatRegistry.Default.TryGetByFileName(path, out var format))
        {
            throw new InvalidOperationException($"No RDF format for {path}.");
        }

        using var stream = File.OpenRead(path);
        using var reader = format.CreateReader(stream, RdfReaderOptions.Default.WithBaseIri(iri));
        return [.. reader.ReadAll()];
    }
}
