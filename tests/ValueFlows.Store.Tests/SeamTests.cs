using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Tests;

/// <summary>The store and the in-memory <see cref="Dataset"/> answer every pattern of the seam alike.</summary>
public sealed class SeamTests
{
    [Fact]
    public void EveryPattern_StoreAndDataset_AgreeOnQuadsAndCounts()
    {
        var random = new Random(3);
        var quads = Enumerable.Range(0, 400).Select(_ => new Quad(
            Q.I("s" + random.Next(12)),
            Q.I("p" + random.Next(4)),
            random.Next(3) == 0 ? Literal.Create(random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer) : Q.I("o" + random.Next(12)),
            random.Next(3) == 0 ? Q.I("g" + random.Next(3)) : null)).ToList();
        using var store = QuadStore.CreateInMemory();
        QuadStoreTests.Load(store, quads);
        using var snapshot = store.OpenSnapshot();
        var memory = new DatasetQueryable(new Dataset(quads));

        Term?[] subjects = [null, Q.I("s1"), Q.I("s5")];
        Term?[] predicates = [null, Q.I("p2")];
        Term?[] objects = [null, Q.I("o3"), Literal.Create("2", Xsd.Integer)];
        Term?[] graphs = [null, Q.I("g1"), Q.I("any")];
        foreach (var s in subjects)
        {
            foreach (var p in predicates)
            {
                foreach (var o in objects)
                {
                    foreach (var g in graphs)
                    {
                        var fromStore = Scan(snapshot, s, p, o, g, out long storeCount);
                        var fromMemory = Scan(memory, s, p, o, g, out long memoryCount);
                        Assert.Equal(fromMemory, fromStore);
                        Assert.Equal(fromMemory.Count, storeCount);
                        Assert.Equal(fromMemory.Count, memoryCount);
                    }
                }
            }
        }

        Assert.Equal(
            ((IQueryableDataset)memory).GetNamedGraphs().Select(memory.Externalize).ToHashSet(),
            snapshot.GetNamedGraphs().Select(snapshot.Externalize).ToHashSet());
        Assert.True(snapshot.TryInternalize(Q.I("p2"), out var p2));
        Assert.True(memory.TryInternalize(Q.I("p2"), out var p2m));
        var fromIndexes = snapshot.GetPredicateStatistics(p2, TermId.DefaultGraph);
        var fromScan = ((IQueryableDataset)memory).GetPredicateStatistics(p2m, TermId.DefaultGraph);
        Assert.Equal(fromScan, fromIndexes);
    }

    private static HashSet<Quad> Scan(IQueryableDataset data, Term? s, Term? p, Term? o, Term? g, out long count)
    {
        var ids = new TermId[4];
        Term?[] terms = [s, p, o, g];
        count = 0;
        for (int i = 0; i < 4; i++)
        {
            if (terms[i] is null)
            {
                ids[i] = TermId.Any;
            }
            else if (terms[i] == Q.I("any"))
            {
                ids[i] = TermId.Any;
            }
            else if (!data.TryInternalize(terms[i]!, out ids[i]))
            {
                return [];
            }
        }

        if (g is null)
        {
            ids[3] = TermId.DefaultGraph;
        }

        var pattern = new QuadPattern(ids[0], ids[1], ids[2], ids[3]);
        count = data.CountQuads(pattern);
        var result = new HashSet<Quad>();
        using var cursor = data.OpenCursor();
        cursor.Seek(pattern);
        var batch = new EncodedQuad[7];
        int n;
        while ((n = cursor.Read(batch)) > 0)
        {
            foreach (var e in batch[..n])
            {
                result.Add(new Quad(
                    data.Externalize(e.Subject), (Iri)data.Externalize(e.Predicate), data.Externalize(e.Object),
                    e.Graph == TermId.DefaultGraph ? null : data.Externalize(e.Graph)));
            }
        }

        return result;
    }
}
