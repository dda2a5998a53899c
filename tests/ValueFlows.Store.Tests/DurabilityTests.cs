using ValueFlows.Rdf;

namespace ValueFlows.Store.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public void Open_AfterCommits_RecoversEveryCommit()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            QuadStoreTests.Load(store, [Q.T("a", "p", "b"), Q.G("a", "p", "c", "g")]);
            using var tx = store.BeginWrite();
            tx.Remove(Q.T("a", "p", "b"));
            tx.Add(Q.T("a", "p", Literal.Create("v", "en")));
            tx.Commit();
        }

        using var reopened = QuadStore.Open(dir.Path, Q.Quiet());
        using var snapshot = reopened.OpenSnapshot();
        Assert.Equal(2, snapshot.Sequence);
        Assert.Equal(new[] { Q.G("a", "p", "c", "g"), Q.T("a", "p", Literal.Create("v", "en")) }.ToHashSet(), snapshot.GetAllQuads().ToHashSet());
        Assert.Equal([1L, 2L], snapshot.GetRevisions(Q.I("a")));
    }

    [Fact]
    public void BulkLoad_Committed_SurvivesRestartWithAndWithoutSnapshot()
    {
        using var dir = new TempDirectory();
        var quads = Enumerable.Range(0, 5000).Select(i => Q.T("s" + (i / 7), "p" + (i % 5), Literal.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer))).ToList();
        var progress = new List<BulkLoadProgress>();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet() with { CheckpointAfterBulkLoad = false }))
        {
            using var bulk = store.BeginBulkLoad(progress.Add);
            bulk.AddRange(quads);
            Assert.Equal(1, bulk.Commit());
        }

        Assert.NotEmpty(progress);
        Assert.Equal(5000, progress[^1].Quads);
        Assert.Single(Directory.GetFiles(Path.Combine(dir.Path, "archive"), "bulk-*.vfq"));
        Assert.Empty(Directory.GetFiles(dir.Path, "snapshot-*"));
        using (var replayed = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            using var snapshot = replayed.OpenSnapshot();
            Assert.Equal(quads.ToHashSet(), snapshot.GetAllQuads().ToHashSet());
            replayed.Checkpoint();
        }

        Assert.Single(Directory.GetFiles(dir.Path, "snapshot-*.vfs"));
        using var restored = QuadStore.Open(dir.Path, Q.Quiet());
        using var again = restored.OpenSnapshot();
        Assert.Equal(quads.ToHashSet(), again.GetAllQuads().ToHashSet());
        Assert.Equal(1, again.Sequence);
    }

    [Fact]
    public void BulkLoad_DisposedWithoutCommit_LeavesStoreAsBefore()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            QuadStoreTests.Load(store, [Q.T("a", "p", "b")]);
            using (var bulk = store.BeginBulkLoad())
            {
                bulk.Add(Q.T("x", "p", "y"));
            }

            using var snapshot = store.OpenSnapshot();
            Assert.Equal([Q.T("a", "p", "b")], snapshot.GetAllQuads());
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "archive"), "bulk-*"));
        using var reopened = QuadStore.Open(dir.Path, Q.Quiet());
        Assert.Equal(1, reopened.Sequence);
    }

    [Fact]
    public void Checkpoint_MovesCoveredLogToArchive_AndRestartUsesSnapshot()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            for (int i = 0; i < 5; i++)
            {
                QuadStoreTests.Load(store, [Q.T("s" + i, "p", "o")]);
            }

            store.Checkpoint();
            QuadStoreTests.Load(store, [Q.T("after", "p", "o")]);
        }

        var archived = Directory.GetFiles(Path.Combine(dir.Path, "archive"), "*.vfl");
        Assert.Equal("00000000000000000001-00000000000000000005.vfl", Path.GetFileName(Assert.Single(archived)));
        Assert.Equal("00000000000000000006.vfl", Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(dir.Path, "log")))));
        using var reopened = QuadStore.Open(dir.Path, Q.Quiet());
        Assert.Equal(6, reopened.Sequence);
        using var snapshot = reopened.OpenSnapshot();
        Assert.Equal(6, snapshot.Count);
    }

    [Fact]
    public void Open_SecondOpenOfSameDirectory_FailsWithPid()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Path, Q.Quiet());
        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.InUse, e.Kind);
        Assert.Contains($"in use by PID {Environment.ProcessId}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OtherBaseIri_IsRefused()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet() with { BaseIri = "https://coop.example/" }))
        {
            Assert.Equal("https://coop.example/", store.BaseIri);
        }

        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet() with { BaseIri = "https://other.example/" }));
        Assert.Equal(StoreErrorKind.BaseIriMismatch, e.Kind);
        Assert.Contains("https://coop.example/", e.Message, StringComparison.Ordinal);
        using var again = QuadStore.Open(dir.Path, Q.Quiet());
        Assert.Equal("https://coop.example/", again.BaseIri);
    }

    [Fact]
    public void Open_AfterDispose_LockIsReleased()
    {
        using var dir = new TempDirectory();
        QuadStore.Open(dir.Path, Q.Quiet()).Dispose();
        using var second = QuadStore.Open(dir.Path, Q.Quiet());
        Assert.Equal(0, second.Sequence);
    }
}
