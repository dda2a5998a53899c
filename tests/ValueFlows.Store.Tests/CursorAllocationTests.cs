using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Tests;

/// <summary>Cursors borrow their key buffers: a property path opens one per step, so a buffer per cursor is a cost.</summary>
public sealed class CursorAllocationTests
{
    [Fact]
    public void OpenReadDispose_ManyShortScans_AllocatesNoKeyBufferPerCursor()
    {
        var quads = Enumerable.Range(0, 50).Select(i => new Quad(Q.I("s" + i), Q.I("p"), Q.I("o" + i), null)).ToList();
        using var store = QuadStore.CreateInMemory();
        QuadStoreTests.Load(store, quads);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryInternalize(Q.I("s7"), out var subject));
        var pattern = new QuadPattern(subject, TermId.Any, TermId.Any, TermId.DefaultGraph);
        var batch = new EncodedQuad[256];
        int found = ScanMany(snapshot, pattern, batch, 10);

        long before = GC.GetAllocatedBytesForCurrentThread();
        found += ScanMany(snapshot, pattern, batch, 1_000);
        long perCursor = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000;

        Assert.Equal(1_010, found);
        // A 512-key buffer is 12 KB; the cursor and its scanners are a few hundred bytes.
        Assert.True(perCursor < 2_048, $"{perCursor} bytes allocated per cursor");
    }

    private static int ScanMany(StoreSnapshot snapshot, QuadPattern pattern, EncodedQuad[] batch, int times)
    {
        int found = 0;
        for (int i = 0; i < times; i++)
        {
            using var cursor = snapshot.OpenCursor();
            cursor.Seek(pattern);
            found += cursor.Read(batch);
        }

        return found;
    }
}
