using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Tests;

public sealed class QuadStoreTests
{
    private static readonly Quad[] Sample =
    [
        Q.T("a", "p", "b"),
        Q.T("a", "p", "c"),
        Q.T("a", "q", "b"),
        Q.T("b", "p", "a"),
        Q.T("c", "q", Literal.Create("hello")),
        Q.T("c", "r", Literal.Create("42", Xsd.Integer)),
        Q.T("c", "r", Literal.Create("042", Xsd.Integer)),
        Q.T("c", "s", Literal.Create("chat", "fr")),
        Q.T("c", "s", Literal.Create("1.50", Xsd.Decimal)),
        Q.T("c", "s", Literal.Create("2026-01-17T07:36:00Z", Xsd.DateTime)),
        Q.T("c", "s", Literal.Create("2026-01-17T07:36:00+00:00", Xsd.DateTime)),
        Q.T("c", "s", Literal.Create("x", Iri.CreateUnchecked("http://example.org/dt"))),
        new(BlankNode.Create("b0"), Q.I("p"), Q.I("a")),
        Q.G("a", "p", "b", "g1"),
        Q.G("a", "q", "c", "g1"),
        Q.G("d", "p", "b", "g2"),
    ];

    [Fact]
    public void Commit_AllPatterns_MatchLinearFilter()
    {
        using var store = QuadStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            foreach (var q in Sample)
            {
                Assert.True(tx.Add(q));
            }

            tx.Commit();
        }

        using var snapshot = store.OpenSnapshot();
        Assert.Equal(Sample.Length, snapshot.Count);
        var all = Sample.ToHashSet();
        Term?[] subjects = [null, Q.I("a"), Q.I("c"), Q.I("zz")];
        Term?[] predicates = [null, Q.I("p"), Q.I("s")];
        Term?[] objects = [null, Q.I("b"), Literal.Create("42", Xsd.Integer), Literal.Create("2026-01-17T07:36:00Z", Xsd.DateTime)];
        Term?[] graphs = [null, Q.I("g1"), Q.I("g2")];
        foreach (var s in subjects)
        {
            foreach (var p in predicates)
            {
                foreach (var o in objects)
                {
                    foreach (var g in graphs)
                    {
                        var expected = all.Where(q => (s is null || q.Subject == s) && (p is null || q.Predicate == p)
                            && (o is null || q.Object == o) && q.Graph == g).ToHashSet();
                        var actual = snapshot.GetQuads(s, p, o, g).ToHashSet();
                        Assert.Equal(expected, actual);
                        Assert.Equal(expected.Count, Count(snapshot, s, p, o, g));
                    }
                }
            }
        }
    }

    [Fact]
    public void Cursor_AnyNamedGraph_ExcludesDefaultGraph()
    {
        using var store = QuadStore.CreateInMemory();
        Load(store, Sample);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryInternalize(Q.I("p"), out var p));
        using var cursor = snapshot.OpenCursor();
        cursor.Seek(new QuadPattern(TermId.Any, p, TermId.Any, TermId.Any));
        var batch = new EncodedQuad[16];
        var seen = new List<Quad>();
        int n;
        while ((n = cursor.Read(batch)) > 0)
        {
            seen.AddRange(batch[..n].Select(e => Decode(snapshot, e)));
        }

        Assert.Equal(Sample.Where(q => q.Graph is not null && q.Predicate == Q.I("p")).ToHashSet(), seen.ToHashSet());
        Assert.Equal([Intern(snapshot, Q.I("g1")), Intern(snapshot, Q.I("g2"))], snapshot.GetNamedGraphs().OrderBy(g => g.Value));
    }

    [Fact]
    public void Internalize_InlineLiteral_NeedsNoDictionary()
    {
        using var store = QuadStore.CreateInMemory();
        Load(store, Sample);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryInternalize(Literal.Create("42", Xsd.Integer), out var id));
        Assert.Equal(TermIdKind.Integer, id.Kind);
        Assert.True(id.TryGetInteger(out long value));
        Assert.Equal(42, value);
        Assert.True(snapshot.TryInternalize(Literal.Create("042", Xsd.Integer), out var padded));
        Assert.Equal(TermIdKind.Literal, padded.Kind);
        Assert.Equal(Literal.Create("042", Xsd.Integer), snapshot.Externalize(padded));
        Assert.False(snapshot.TryInternalize(Q.I("never-used"), out _));
    }

    [Fact]
    public void Rollback_DisposeWithoutCommit_LeavesNothing()
    {
        using var store = QuadStore.CreateInMemory();
        Load(store, Sample[..3]);
        using (var tx = store.BeginWrite())
        {
            tx.Add(Q.T("new", "p", "new-object"));
            tx.Remove(Sample[0]);
            Assert.Equal(3, tx.GetQuads(null, null, null, null).Count());
        }

        using var snapshot = store.OpenSnapshot();
        Assert.Equal(Sample[..3].ToHashSet(), snapshot.GetAllQuads().ToHashSet());
        Assert.False(snapshot.TryInternalize(Q.I("new-object"), out _));
        Assert.Equal(1, snapshot.Sequence);
    }

    [Fact]
    public void Snapshot_WriterCommitsLater_KeepsItsState()
    {
        using var store = QuadStore.CreateInMemory();
        Load(store, Sample[..2]);
        using var before = store.OpenSnapshot();
        using (var tx = store.BeginWrite())
        {
            tx.Remove(Sample[0]);
            tx.Add(Sample[5]);
            tx.Commit();
        }

        Assert.Equal(Sample[..2].ToHashSet(), before.GetAllQuads().ToHashSet());
        using var after = store.OpenSnapshot();
        Assert.Equal(new[] { Sample[1], Sample[5] }.ToHashSet(), after.GetAllQuads().ToHashSet());
    }

    [Fact]
    public void AddRemove_SameTransaction_Cancels()
    {
        using var store = QuadStore.CreateInMemory();
        using var tx = store.BeginWrite();
        Assert.True(tx.Add(Sample[0]));
        Assert.False(tx.Add(Sample[0]));
        Assert.True(tx.Remove(Sample[0]));
        Assert.False(tx.Remove(Sample[0]));
        Assert.Equal(0, tx.ChangeCount);
        Assert.Equal(0, tx.Commit());
    }

    [Fact]
    public void GetRevisions_SeveralCommits_ListsEachSequence()
    {
        using var store = QuadStore.CreateInMemory();
        Load(store, [Q.T("a", "p", "b")]);
        Load(store, [Q.T("x", "p", "b")]);
        using (var tx = store.BeginWrite())
        {
            tx.Remove(Q.T("a", "p", "b"));
            tx.Commit();
        }

        using var snapshot = store.OpenSnapshot();
        Assert.Equal([1L, 3L], snapshot.GetRevisions(Q.I("a")));
        Assert.Equal([2L], snapshot.GetRevisions(Q.I("x")));
        Assert.Empty(snapshot.GetRevisions(Q.I("nobody")));
    }

    [Fact]
    public void Statistics_Predicate_CountsExactly()
    {
        using var store = QuadStore.CreateInMemory();
        using (var bulk = store.BeginBulkLoad())
        {
            for (int i = 0; i < 1000; i++)
            {
                bulk.Add(Q.T("s" + i, "p", "o" + (i % 10)));
            }

            bulk.Commit();
        }

        Load(store, [Q.T("extra", "p", "o-extra")]);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryInternalize(Q.I("p"), out var p));
        var stats = snapshot.GetPredicateStatistics(p, TermId.DefaultGraph);
        Assert.Equal(1001, stats.Count);
        Assert.InRange(stats.DistinctSubjects, 990, 1001);
        Assert.InRange(stats.DistinctObjects, 10, 11);
    }

    [Fact]
    public void ManyCommits_RunsMergeAndFold_StateStaysExact()
    {
        using var store = QuadStore.CreateInMemory();
        var model = new HashSet<Quad>();
        var random = new Random(7);
        for (int t = 0; t < 300; t++)
        {
            using var tx = store.BeginWrite();
            for (int i = 0; i < 40; i++)
            {
                var q = random.Next(4) == 0
                    ? Q.G("s" + random.Next(50), "p" + random.Next(3), "o" + random.Next(50), "g" + random.Next(2))
                    : Q.T("s" + random.Next(50), "p" + random.Next(3), "o" + random.Next(50));
                if (random.Next(3) == 0)
                {
                    tx.Remove(q);
                    model.Remove(q);
                }
                else
                {
                    tx.Add(q);
                    model.Add(q);
                }
            }

            tx.Commit();
        }

        using var snapshot = store.OpenSnapshot();
        Assert.Equal(model, snapshot.GetAllQuads().ToHashSet());
        Assert.Equal(model.Count, snapshot.Count);
        Assert.Equal(model.Count(q => q.Predicate == Q.I("p1") && q.Graph is null), Count(snapshot, null, Q.I("p1"), null, null));
    }

    internal static void Load(QuadStore store, IEnumerable<Quad> quads)
    {
        using var tx = store.BeginWrite();
        foreach (var q in quads)
        {
            tx.Add(q);
        }

        tx.Commit();
    }

    private static long Count(StoreSnapshot snapshot, Term? s, Term? p, Term? o, Term? g)
    {
        var ids = new TermId[4];
        Term?[] terms = [s, p, o, g];
        for (int i = 0; i < 4; i++)
        {
            if (terms[i] is null)
            {
                ids[i] = i == 3 ? TermId.DefaultGraph : TermId.Any;
            }
            else if (!snapshot.TryInternalize(terms[i]!, out ids[i]))
            {
                return 0;
            }
        }

        return snapshot.CountQuads(new QuadPattern(ids[0], ids[1], ids[2], ids[3]));
    }

    private static TermId Intern(StoreSnapshot snapshot, Term term) => snapshot.TryInternalize(term, out var id) ? id : TermId.Any;

    private static Quad Decode(StoreSnapshot snapshot, EncodedQuad e) => new(
        snapshot.Externalize(e.Subject), (Iri)snapshot.Externalize(e.Predicate), snapshot.Externalize(e.Object),
        e.Graph == TermId.DefaultGraph ? null : snapshot.Externalize(e.Graph));
}
