using System.Globalization;
using FsCheck.Xunit;
using ValueFlows.Rdf;

namespace ValueFlows.Store.Tests;

/// <summary>Random sequences of add/remove/commit/rollback/bulk load/checkpoint/restart against a plain set of quads.</summary>
public sealed class ModelBasedTests
{
    [Property(MaxTest = 12)]
    public void RandomOperations_MatchReferenceModel(int seed)
    {
        var random = new Random(seed);
        using var dir = new TempDirectory();
        var options = Q.Quiet() with { CheckpointLogBytes = 2048 };
        var committed = new HashSet<Quad>();
        var store = QuadStore.Open(dir.Path, options);
        try
        {
            for (int step = 0; step < 60; step++)
            {
                switch (random.Next(10))
                {
                    case < 6:
                        RunTransaction(store, random, committed);
                        break;
                    case 6:
                        RunBulkLoad(store, random, committed);
                        break;
                    case 7:
                        store.Checkpoint();
                        break;
                    default:
                        long sequence = store.Sequence;
                        store.Dispose();
                        store = QuadStore.Open(dir.Path, options);
                        Assert.Equal(sequence, store.Sequence);
                        break;
                }

                using var snapshot = store.OpenSnapshot();
                Assert.Equal(committed, snapshot.GetAllQuads().ToHashSet());
                Assert.Equal(committed.Count, snapshot.Count);
            }
        }
        finally
        {
            store.Dispose();
        }
    }

    private static void RunTransaction(QuadStore store, Random random, HashSet<Quad> committed)
    {
        var pending = new HashSet<Quad>(committed);
        using var tx = store.BeginWrite();
        int operations = random.Next(1, 12);
        for (int i = 0; i < operations; i++)
        {
            var quad = RandomQuad(random);
            if (random.Next(3) == 0)
            {
                Assert.Equal(pending.Remove(quad), tx.Remove(quad));
            }
            else
            {
                Assert.Equal(pending.Add(quad), tx.Add(quad));
            }
        }

        Assert.Equal(pending, tx.GetQuads(null, null, null, null).Concat(NamedQuads(tx)).ToHashSet());
        if (random.Next(4) == 0)
        {
            return;
        }

        tx.Commit();
        committed.Clear();
        committed.UnionWith(pending);
    }

    private static void RunBulkLoad(QuadStore store, Random random, HashSet<Quad> committed)
    {
        using var bulk = store.BeginBulkLoad();
        var loaded = Enumerable.Range(0, random.Next(1, 30)).Select(_ => RandomQuad(random)).ToList();
        bulk.AddRange(loaded);
        if (random.Next(4) == 0)
        {
            return;
        }

        bulk.Commit();
        committed.UnionWith(loaded);
    }

    private static IEnumerable<Quad> NamedQuads(WriteTransaction tx) =>
        new[] { "g0", "g1" }.SelectMany(g => tx.GetQuads(null, null, null, Q.I(g)));

    private static Quad RandomQuad(Random random)
    {
        Term subject = random.Next(8) == 0 ? BlankNode.Create("b" + random.Next(3)) : Q.I("s" + random.Next(6));
        Term @object = random.Next(4) switch
        {
            0 => Literal.Create(random.Next(-5, 5).ToString(CultureInfo.InvariantCulture), Xsd.Integer),
            1 => Literal.Create("text " + random.Next(4), "en"),
            2 => Literal.Create("0" + random.Next(3).ToString(CultureInfo.InvariantCulture), Xsd.Integer),
            _ => Q.I("o" + random.Next(6)),
        };
        Term? graph = random.Next(3) == 0 ? Q.I("g" + random.Next(2)) : null;
        return new Quad(subject, Q.I("p" + random.Next(3)), @object, graph);
    }
}
