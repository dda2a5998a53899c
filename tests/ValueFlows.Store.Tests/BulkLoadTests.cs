using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Store.Tests;

public sealed class BulkLoadTests
{
    private static RdfFormat NTriples => RdfFormatRegistry.Default.TryGetByName("ntriples", out var f) ? f : throw new InvalidOperationException("no N-Triples");

    [Fact]
    public void Add_NTriplesStreamIntoGraph_StoresQuadsInThatGraphAndReportsBytes()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            text.Append("<http://example.org/s").Append(i).Append("> <http://example.org/p> \"").Append(i % 100).Append("\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var store = QuadStore.CreateInMemory();
        BulkLoadProgress last = default;
        using (var bulk = store.BeginBulkLoad(p => last = p))
        {
            bulk.Add(new MemoryStream(bytes), NTriples, null, Q.I("g"));
            bulk.Commit();
        }

        Assert.Equal(10_000, last.Quads);
        Assert.Equal(bytes.Length, last.Bytes);
        using var snapshot = store.OpenSnapshot();
        Assert.Equal(0, snapshot.DefaultGraphCount);
        Assert.Equal(10_000, snapshot.GetQuads(null, Q.I("p"), null, Q.I("g")).Count());
    }

    [Fact]
    public void Add_SyntaxErrorLateInInput_ThrowsAndKeepsStoreAsBefore()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append("<http://example.org/s").Append(i).Append("> <http://example.org/p> <http://example.org/o> .\n");
        }

        text.Append("<http://example.org/broken> <http://example.org/p> .\n");
        using var store = QuadStore.CreateInMemory();
        QuadStoreTests.Load(store, [Q.T("a", "p", "b")]);
        using (var bulk = store.BeginBulkLoad())
        {
            Assert.Throws<RdfSyntaxException>(() => bulk.Add(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), NTriples));
        }

        using var snapshot = store.OpenSnapshot();
        Assert.Equal([Q.T("a", "p", "b")], snapshot.GetAllQuads());
        Assert.False(snapshot.TryInternalize(Q.I("s5"), out _));
        using var next = store.BeginWrite();
        Assert.Equal(1, next.BaseSequence);
    }
}
