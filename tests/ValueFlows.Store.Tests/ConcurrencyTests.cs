using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Tests;

public sealed class ConcurrencyTests
{
    private const int Accounts = 12;
    private const long Total = Accounts * 1000;

    [Fact]
    public void Readers_DuringStreamOfTransfers_NeverSeeTornState()
    {
        using var store = QuadStore.CreateInMemory();
        Setup(store);
        int torn = 0;
        long checks = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var snapshot = store.OpenSnapshot();
                var first = Balances(snapshot);
                Thread.Yield();
                var second = Balances(snapshot);
                if (first.Count != Accounts || first.Values.Sum() != Total || !first.SequenceEqual(second)
                    || snapshot.Count != Accounts + 1)
                {
                    Interlocked.Increment(ref torn);
                }

                Interlocked.Increment(ref checks);
            }
        })).ToArray();
        foreach (var t in readers)
        {
            t.Start();
        }

        var random = new Random(11);
        for (int i = 0; i < 3000; i++)
        {
            Transfer(store, random);
        }

        stop.Cancel();
        foreach (var t in readers)
        {
            t.Join();
        }

        Assert.Equal(0, torn);
        Assert.True(checks > 0);
        using var final = store.OpenSnapshot();
        Assert.Equal(Total, Balances(final).Values.Sum());
    }

    [Fact]
    public void DurableStore_CheckpointsDuringWritesAndReads_KeepInvariant()
    {
        using var dir = new TempDirectory();
        int torn = 0;
        long committed;
        using (var store = QuadStore.Open(dir.Path, Q.Quiet() with { CheckpointLogBytes = 8 << 10 }))
        {
            Setup(store);
            using var stop = new CancellationTokenSource();
            var reader = new Thread(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    using var snapshot = store.OpenSnapshot();
                    var b = Balances(snapshot);
                    if (b.Count != Accounts || b.Values.Sum() != Total)
                    {
                        Interlocked.Increment(ref torn);
                    }
                }
            });
            reader.Start();
            var random = new Random(5);
            for (int i = 0; i < 200; i++)
            {
                Transfer(store, random);
            }

            stop.Cancel();
            reader.Join();
            committed = store.Sequence;
        }

        Assert.Equal(0, torn);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir.Path, "archive"), "*.vfl"));
        using var reopened = QuadStore.Open(dir.Path, Q.Quiet());
        Assert.True(committed > 150);
        Assert.Equal(committed, reopened.Sequence);
        using var s = reopened.OpenSnapshot();
        Assert.Equal(Total, Balances(s).Values.Sum());
    }

    private static void Setup(QuadStore store)
    {
        using var tx = store.BeginWrite();
        for (int i = 0; i < Accounts; i++)
        {
            tx.Add(new Quad(Account(i), Q.I("balance"), Amount(1000)));
        }

        tx.Add(Q.T("bank", "p", "o"));
        tx.Commit();
    }

    private static void Transfer(QuadStore store, Random random)
    {
        int from = random.Next(Accounts);
        int to = (from + 1 + random.Next(Accounts - 1)) % Accounts;
        using var tx = store.BeginWrite();
        long a = Balance(tx, from);
        long b = Balance(tx, to);
        long amount = random.Next(0, 50);
        tx.Remove(new Quad(Account(from), Q.I("balance"), Amount(a)));
        tx.Add(new Quad(Account(from), Q.I("balance"), Amount(a - amount)));
        tx.Remove(new Quad(Account(to), Q.I("balance"), Amount(b)));
        tx.Add(new Quad(Account(to), Q.I("balance"), Amount(b + amount)));
        tx.Commit();
    }

    private static long Balance(WriteTransaction tx, int account)
    {
        var quad = tx.GetQuads(Account(account), Q.I("balance"), null, null).Single();
        return long.Parse(((Literal)quad.Object).Value, CultureInfo.InvariantCulture);
    }

    private static Dictionary<ulong, long> Balances(IQueryableDataset data)
    {
        var result = new Dictionary<ulong, long>();
        if (!data.TryInternalize(Q.I("balance"), out var balance))
        {
            return result;
        }

        using var cursor = data.OpenCursor();
        cursor.Seek(QuadPattern.InDefaultGraph(TermId.Any, balance, TermId.Any));
        var batch = new EncodedQuad[4];
        int n;
        while ((n = cursor.Read(batch)) > 0)
        {
            foreach (var q in batch[..n])
            {
                Assert.True(q.Object.TryGetInteger(out long value));
                result[q.Subject.Value] = result.GetValueOrDefault(q.Subject.Value) + value;
                if (result.Count > Accounts)
                {
                    return result;
                }
            }
        }

        return result;
    }

    private static Iri Account(int i) => Q.I("account/" + i.ToString(CultureInfo.InvariantCulture));

    private static Literal Amount(long value) => Literal.Create(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
}
