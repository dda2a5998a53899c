using System.Globalization;
using FsCheck.Xunit;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Store.Tests;

/// <summary>SPARQL Update on the store: one request is one transaction, and the store agrees with the in-memory dataset.</summary>
public sealed class StoreUpdateTests
{
    private const string Prefix = "PREFIX : <http://example.org/>\n";

    private static SparqlUpdate Parse(string text) => SparqlUpdate.Parse(Prefix + text);

    [Fact]
    public void Update_LaterOperationFails_WritesNothing()
    {
        using var store = QuadStore.CreateInMemory();
        store.Update(Parse("INSERT DATA { GRAPH :g { :a :p 1 } }"));
        long sequence = store.Sequence;

        var error = Assert.Throws<SparqlUpdateException>(() => store.Update(Parse("INSERT DATA { :b :p 2 } ; DELETE WHERE { GRAPH :g { ?s ?p ?o } } ; CREATE GRAPH :x ; INSERT DATA { :x :p 1 . GRAPH :x { :x :p 1 } } ; CREATE GRAPH :x")));

        Assert.Equal(UpdateErrorKind.GraphExists, error.Kind);
        Assert.Equal(sequence, store.Sequence);
        using var snapshot = store.OpenSnapshot();
        Assert.Equal([Q.G("a", "p", "x", "g") with { Object = Literal.Create("1", Xsd.Integer) }], snapshot.GetAllQuads());
    }

    [Fact]
    public void Update_Cancelled_WritesNothing()
    {
        using var store = QuadStore.CreateInMemory();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => store.Update(Parse("INSERT DATA { :a :p 1 }"), cancellation: cancelled.Token));
        using var snapshot = store.OpenSnapshot();
        Assert.Equal(0, snapshot.Count);
    }

    [Fact]
    public void Update_Committed_SurvivesRestart()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            var result = store.Update(Parse("INSERT DATA { :a :p 1, 2 } ; DELETE { ?s :p 2 } INSERT { ?s :q 2 } WHERE { ?s :p 2 }"));
            Assert.Equal((3L, 1L), (result.Added, result.Removed));
        }

        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            using var snapshot = store.OpenSnapshot();
            Assert.Equal(2, snapshot.Count);
            Assert.Single(snapshot.GetQuads(Q.I("a"), Q.I("q"), null, null));
        }
    }

    [Property(MaxTest = 25)]
    public void RandomRequests_StoreMatchesInMemoryDataset(int seed)
    {
        var random = new Random(seed);
        using var store = QuadStore.CreateInMemory();
        var memory = new InMemoryUpdatableDataset();
        for (int request = 0; request < 12; request++)
        {
            var text = string.Join(" ;\n", Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomOperation(random)));
            var update = Parse(text);
            var before = memory.ToDataset();
            SparqlUpdateResult? expected = null;
            try
            {
                expected = SparqlUpdateExecutor.Execute(update, memory, cancellation: default);
            }
            catch (SparqlUpdateException)
            {
                // The failed request's changes are dropped with the copy, as the store's transaction drops them.
                memory = new InMemoryUpdatableDataset(before);
            }

            if (expected is null)
            {
                Assert.Throws<SparqlUpdateException>(() => store.Update(update));
            }
            else
            {
                var actual = store.Update(update);
                Assert.Equal(expected.Operations.Select(o => (o.Added, o.Removed)), actual.Operations.Select(o => (o.Added, o.Removed)));
            }

            using var snapshot = store.OpenSnapshot();
            Assert.True(memory.ToDataset().ToHashSet().SetEquals(snapshot.GetAllQuads()), $"after request {request}:\n{text}");
        }
    }

    private static string RandomOperation(Random random)
    {
        string Node() => ":s" + random.Next(3).ToString(CultureInfo.InvariantCulture);
        string Predicate() => ":p" + random.Next(2).ToString(CultureInfo.InvariantCulture);
        string Value() => random.Next(3) == 0 ? Node() : random.Next(4).ToString(CultureInfo.InvariantCulture);
        string Graph() => random.Next(3) switch { 0 => "DEFAULT", 1 => "GRAPH :g0", _ => "GRAPH :g1" };
        string Triple() => $"{Node()} {Predicate()} {Value()}";
        string Quad() => random.Next(2) == 0 ? Triple() : $"GRAPH :g{random.Next(2).ToString(CultureInfo.InvariantCulture)} {{ {Triple()} }}";
        return random.Next(11) switch
        {
            0 or 1 => $"INSERT DATA {{ {Quad()} . {Quad()} . {Quad()} }}",
            2 => $"DELETE DATA {{ {Quad()} . {Quad()} }}",
            3 => $"DELETE WHERE {{ {Node()} {Predicate()} ?o }}",
            4 => $"DELETE {{ ?s {Predicate()} ?o }} INSERT {{ GRAPH :g0 {{ ?s :moved ?o }} }} WHERE {{ ?s {Predicate()} ?o FILTER(?o != {Value()}) }}",
            5 => $"WITH :g{random.Next(2).ToString(CultureInfo.InvariantCulture)} INSERT {{ ?s :seen ?o }} WHERE {{ ?s ?p ?o }}",
            6 => $"INSERT {{ ?o :back ?s }} USING NAMED :g0 WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(isIRI(?o)) }}",
            7 => $"CLEAR SILENT {Graph()}",
            8 => $"{(random.Next(3) switch { 0 => "ADD", 1 => "MOVE", _ => "COPY" })} {(random.Next(4) == 0 ? "" : "SILENT ")}{Graph()} TO {Graph()}",
            9 => $"CREATE {(random.Next(2) == 0 ? "SILENT " : "")}GRAPH :g{random.Next(3).ToString(CultureInfo.InvariantCulture)}",
            _ => random.Next(4) == 0 ? "DROP ALL" : $"DROP {Graph()}",
        };
    }
}
