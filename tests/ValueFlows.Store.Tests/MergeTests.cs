using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Store.Indexing;

namespace ValueFlows.Store.Tests;

public sealed class MergeTests
{
    [Fact]
    public void Commit_LongStreamOfSmallCommits_MergesKeepRunsBounded()
    {
        using var store = QuadStore.CreateInMemory();
        var model = new HashSet<Quad>();
        var random = new Random(5);
        for (int i = 0; i < 3000; i++)
        {
            CommitSmall(store, model, random, i);
            if (i % 250 == 249)
            {
                store.WaitForMerges();
                using var snapshot = store.OpenSnapshot();
                AssertRunsBounded(snapshot.Version);
            }
        }

        store.WaitForMerges();
        using var final = store.OpenSnapshot();
        AssertRunsBounded(final.Version);
        // 3000 commits added ~15,000 triples: without merges they would all sit in runs.
        Assert.True(final.Version.Triples[0].Base.Length > 10_000, $"base holds {final.Version.Triples[0].Base.Length} keys");
        Assert.Equal(model, final.GetAllQuads().ToHashSet());
    }

    [Fact]
    public void OpenSnapshot_DuringMerge_SeesExactlyItsVersion()
    {
        using var gate = new ManualResetEventSlim(false);
        using var store = QuadStore.CreateInMemory();
        store.BeforeMerge = () => gate.Wait();
        var model = new HashSet<Quad>();
        var random = new Random(8);
        int i = 0;
        while (!store.IsMerging)
        {
            CommitSmall(store, model, random, i++);
        }

        // The merge is held open: commits and readers go on meanwhile.
        var opened = new List<(StoreSnapshot Snapshot, HashSet<Quad> Expected)>();
        for (int k = 0; k < 400; k++)
        {
            CommitSmall(store, model, random, i++);
            if (k % 40 == 0)
            {
                opened.Add((store.OpenSnapshot(), [.. model]));
            }
        }

        Assert.True(store.IsMerging);
        opened.Add((store.OpenSnapshot(), [.. model]));
        AssertSnapshots(opened);
        gate.Set();
        store.WaitForMerges();
        var afterMerge = store.OpenSnapshot();
        Assert.Equal(opened[^1].Snapshot.Sequence, afterMerge.Sequence);
        // The merge was installed: some index has a new base (an index whose runs changed shape meanwhile keeps its own).
        var before = opened[^1].Snapshot.Version;
        Assert.Contains(
            Enumerable.Range(0, before.Triples.Length),
            i => !ReferenceEquals(before.Triples[i].Base, afterMerge.Version.Triples[i].Base));
        opened.Add((afterMerge, [.. model]));
        for (int k = 0; k < 50; k++)
        {
            CommitSmall(store, model, random, i++);
        }

        store.WaitForMerges();
        opened.Add((store.OpenSnapshot(), [.. model]));
        AssertSnapshots(opened);
        AssertRunsBounded(opened[^1].Snapshot.Version);
        foreach (var (snapshot, _) in opened)
        {
            snapshot.Dispose();
        }
    }

    // Five new triples (one with a subject of an earlier commit), a named-graph quad every tenth commit, and one
    // earlier triple removed: runs see adds and removes in both groups of orders.
    private static void CommitSmall(QuadStore store, HashSet<Quad> model, Random random, int i)
    {
        using var tx = store.BeginWrite();
        var n = i.ToString(CultureInfo.InvariantCulture);
        for (int k = 0; k < 5; k++)
        {
            var quad = Q.T("s" + (k == 0 ? random.Next(i + 1).ToString(CultureInfo.InvariantCulture) : n), "p" + k.ToString(CultureInfo.InvariantCulture), Literal.Create(n + "/" + k.ToString(CultureInfo.InvariantCulture)));
            tx.Add(quad);
            model.Add(quad);
        }

        if (i % 10 == 0)
        {
            var quad = Q.G("s" + n, "p", "o" + n, "g" + (i % 3).ToString(CultureInfo.InvariantCulture));
            tx.Add(quad);
            model.Add(quad);
        }

        if (model.Count > 10 && random.Next(2) == 0)
        {
            var victim = model.ElementAt(random.Next(model.Count));
            tx.Remove(victim);
            model.Remove(victim);
        }

        tx.Commit();
    }

    private static void AssertSnapshots(List<(StoreSnapshot Snapshot, HashSet<Quad> Expected)> opened)
    {
        foreach (var (snapshot, expected) in opened)
        {
            Assert.Equal(expected, snapshot.GetAllQuads().ToHashSet());
            // Through the other orders too (POS and OSP ranges).
            var p1 = Q.I("p1");
            Assert.Equal(expected.Count(q => q.Graph is null && q.Predicate.Equals(p1)), snapshot.GetQuads(null, p1, null, null).Count());
            var sample = expected.First(q => q.Graph is null);
            Assert.Equal(
                expected.Count(q => q.Graph is null && q.Object.Equals(sample.Object)),
                snapshot.GetQuads(null, null, sample.Object, null).Count());
        }
    }

    private static void AssertRunsBounded(StoreVersion version)
    {
        foreach (var index in version.Triples)
        {
            Assert.True(!index.NeedsMerge, $"runs hold {index.RunSize} keys over a base of {index.Base.Length}");
        }

        foreach (var index in version.Quads)
        {
            Assert.True(!index.NeedsMerge, $"runs hold {index.RunSize} keys over a base of {index.Base.Length}");
        }

        Assert.False(version.Revisions.NeedsMerge);
    }
}
