using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Indexing;

/// <summary>
/// One committed state of the store, immutable: every index order, the revision index (subject → sequence numbers),
/// the dictionary size at commit and the statistics. A reader holds one version for its whole lifetime; the writer
/// publishes the next one. Versions share their unchanged arrays.
/// </summary>
internal sealed class StoreVersion
{
    private StoreVersion(
        long sequence,
        DateTime commitTimeUtc,
        long termCount,
        OrderIndex<Key3>[] triples,
        OrderIndex<Key4>[] quads,
        OrderIndex<Key2> revisions,
        PredicateStatisticsTable statistics)
    {
        Sequence = sequence;
        CommitTimeUtc = commitTimeUtc;
        TermCount = termCount;
        Triples = triples;
        Quads = quads;
        Revisions = revisions;
        Statistics = statistics;
    }

    /// <summary>The triple orders in the sequence of <see cref="TripleOrders"/>.</summary>
    public static readonly QuadOrder[] TripleOrders = [QuadOrder.Spo, QuadOrder.Pos, QuadOrder.Osp];

    /// <summary>The quad orders in the sequence of <see cref="QuadOrders"/>.</summary>
    public static readonly QuadOrder[] QuadOrders = [QuadOrder.Gspo, QuadOrder.Gpos, QuadOrder.Gosp, QuadOrder.Spog, QuadOrder.Posg, QuadOrder.Ospg];

    public static StoreVersion Empty { get; } = new(
        0, DateTime.UnixEpoch, 0, [.. TripleOrders.Select(_ => OrderIndex<Key3>.Empty)], [.. QuadOrders.Select(_ => OrderIndex<Key4>.Empty)],
        OrderIndex<Key2>.Empty, PredicateStatisticsTable.Empty);

    /// <summary>The sequence number of the transaction that produced this version (0: empty store).</summary>
    public long Sequence { get; }

    public DateTime CommitTimeUtc { get; }

    /// <summary>The dictionary entries this version may refer to.</summary>
    public long TermCount { get; }

    public OrderIndex<Key3>[] Triples { get; }

    public OrderIndex<Key4>[] Quads { get; }

    /// <summary>(subject id, sequence number) for every transaction that changed a quad of the subject.</summary>
    public OrderIndex<Key2> Revisions { get; }

    public PredicateStatisticsTable Statistics { get; }

    public long TripleCount => Triples[0].Count;

    public long QuadCount => Quads[0].Count;

    public OrderIndex<Key3> Triple(QuadOrder order) => Triples[order - QuadOrder.Spo];

    public OrderIndex<Key4> Quad(QuadOrder order) => Quads[order - QuadOrder.Gspo];

    public static StoreVersion Restore(
        long sequence, DateTime commitTimeUtc, long termCount, Key3[][] triples, Key4[][] quads, Key2[] revisions) =>
        new StoreVersion(
            sequence,
            commitTimeUtc,
            termCount,
            [.. triples.Select(OrderIndex<Key3>.FromSorted)],
            [.. quads.Select(OrderIndex<Key4>.FromSorted)],
            OrderIndex<Key2>.FromSorted(revisions),
            PredicateStatisticsTable.Empty).WithFreshStatistics();

    /// <summary>True when some index's runs have grown enough for a background merge.</summary>
    public bool NeedsMerge => Triples.Any(t => t.NeedsMerge) || Quads.Any(q => q.NeedsMerge) || Revisions.NeedsMerge;

    /// <summary>This version with the runs of every index pinned for a background merge (<see cref="MergedBases"/>).</summary>
    public StoreVersion PinForMerge() => new(
        Sequence, CommitTimeUtc, TermCount, [.. Triples.Select(t => t.PinRuns())], [.. Quads.Select(q => q.PinRuns())],
        Revisions.PinRuns(), Statistics);

    /// <summary>
    /// The same state with the bases of <paramref name="merged"/> in place of the runs they fold (indexes that changed
    /// otherwise since, by a bulk load, keep theirs). Same sequence number, same content.
    /// </summary>
    public StoreVersion WithMerged(MergedBases merged)
    {
        var source = merged.Source;
        var triples = new OrderIndex<Key3>[Triples.Length];
        for (int i = 0; i < triples.Length; i++)
        {
            triples[i] = merged.Triples[i] is { } b ? Triples[i].WithMergedBase(source.Triples[i], b) : Triples[i];
        }

        var quads = new OrderIndex<Key4>[Quads.Length];
        for (int i = 0; i < quads.Length; i++)
        {
            quads[i] = merged.Quads[i] is { } b ? Quads[i].WithMergedBase(source.Quads[i], b) : Quads[i];
        }

        var revisions = merged.Revisions is { } r ? Revisions.WithMergedBase(source.Revisions, r) : Revisions;
        var statistics = ReferenceEquals(triples[0].Base, merged.Statistics.SpoBase) && ReferenceEquals(quads[3].Base, merged.Statistics.SpogBase)
            ? merged.Statistics
            : Statistics;
        return new StoreVersion(Sequence, CommitTimeUtc, TermCount, triples, quads, revisions, statistics).WithFreshStatistics();
    }

    public bool ContainsTriple(in Key3 spo) => Triples[0].Contains(spo);

    public bool ContainsQuad(in Key4 gspo) => Quads[0].Contains(gspo);

    /// <summary>
    /// The next version: <paramref name="changes"/> applied (adds already present and removes already absent are
    /// ignored, so replaying a record is safe) and the touched subjects recorded under <paramref name="sequence"/>.
    /// </summary>
    public StoreVersion Apply(ChangeSet changes, long sequence, DateTime commitTimeUtc, long termCount, bool compact = true)
    {
        var addT = Filter(changes.AddedTriples, k => !ContainsTriple(k));
        var removeT = Filter(changes.RemovedTriples, k => ContainsTriple(k));
        var addQ = Filter(changes.AddedQuads, k => !ContainsQuad(k));
        var removeQ = Filter(changes.RemovedQuads, k => ContainsQuad(k));
        var effective = new ChangeSet(addT, removeT, addQ, removeQ);

        var triples = new OrderIndex<Key3>[3];
        for (int i = 0; i < 3; i++)
        {
            var run = new DeltaRun<Key3>(Permute(addT, TripleOrders[i]), Permute(removeT, TripleOrders[i]));
            triples[i] = compact ? Triples[i].With(run) : new OrderIndex<Key3>(Triples[i].Base, [.. Triples[i].Runs, run], Triples[i].Count + run.Adds.Length - run.Removes.Length);
        }

        var quads = new OrderIndex<Key4>[6];
        for (int i = 0; i < 6; i++)
        {
            var run = new DeltaRun<Key4>(Permute(addQ, QuadOrders[i]), Permute(removeQ, QuadOrders[i]));
            quads[i] = compact ? Quads[i].With(run) : new OrderIndex<Key4>(Quads[i].Base, [.. Quads[i].Runs, run], Quads[i].Count + run.Adds.Length - run.Removes.Length);
        }

        var revisions = Revisions;
        if (compact && !effective.IsEmpty)
        {
            var subjects = effective.Subjects();
            var adds = new Key2[subjects.Length];
            for (int i = 0; i < subjects.Length; i++)
            {
                adds[i] = new Key2(subjects[i], (ulong)sequence);
            }

            revisions = revisions.With(new DeltaRun<Key2>(adds, []));
        }

        return new StoreVersion(sequence, commitTimeUtc, termCount, triples, quads, revisions, Statistics).WithFreshStatistics();
    }

    /// <summary>
    /// The next version after a bulk load: the sorted, distinct new keys merged into every base (keys already present
    /// are kept once) and every loaded subject recorded under <paramref name="sequence"/>.
    /// </summary>
    public StoreVersion AddBulk(Key3[][] newTriples, Key4[][] newQuads, ulong[] subjects, long sequence, DateTime commitTimeUtc, long termCount)
    {
        var triples = new OrderIndex<Key3>[3];
        var quads = new OrderIndex<Key4>[6];
        Parallel.For(0, 9, i =>
        {
            if (i < 3)
            {
                triples[i] = MergeBase(Triples[i], newTriples[i]);
            }
            else
            {
                quads[i - 3] = MergeBase(Quads[i - 3], newQuads[i - 3]);
            }
        });

        var adds = new Key2[subjects.Length];
        for (int i = 0; i < subjects.Length; i++)
        {
            adds[i] = new Key2(subjects[i], (ulong)sequence);
        }

        var revisions = MergeBase(Revisions, adds);
        return new StoreVersion(sequence, commitTimeUtc, termCount, triples, quads, revisions, Statistics).WithFreshStatistics();
    }

    private static OrderIndex<TKey> MergeBase<TKey>(OrderIndex<TKey> index, TKey[] sortedNew)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (sortedNew.Length == 0)
        {
            return index;
        }

        if (index.Count == 0)
        {
            return OrderIndex<TKey>.FromSorted(sortedNew);
        }

        var merged = SortedKeys.Union<TKey>(index.Folded().Base, sortedNew);
        return OrderIndex<TKey>.FromSorted(merged);
    }

    private StoreVersion WithFreshStatistics()
    {
        var spo = Triples[0].Base;
        var spog = Quads[3].Base;
        bool small = Triples[0].RunSize > spo.Length || Quads[3].RunSize > spog.Length;
        if (!small && ReferenceEquals(spo, Statistics.SpoBase) && ReferenceEquals(spog, Statistics.SpogBase))
        {
            return this;
        }

        // Small stores keep most of their quads in runs: their figures are computed over everything, which is cheap.
        var statistics = small
            ? PredicateStatisticsTable.Compute(Triples[0].Folded().Base, Triples[1].Folded().Base, Quads[3].Folded().Base, Quads[4].Folded().Base)
            : PredicateStatisticsTable.Compute(spo, Triples[1].Base, spog, Quads[4].Base);
        return new StoreVersion(Sequence, CommitTimeUtc, TermCount, Triples, Quads, Revisions, statistics);
    }

    private static TKey[] Filter<TKey>(TKey[] keys, Func<TKey, bool> keep)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int n = 0;
        foreach (var k in keys)
        {
            if (keep(k))
            {
                n++;
            }
        }

        if (n == keys.Length)
        {
            return keys;
        }

        var result = new TKey[n];
        n = 0;
        foreach (var k in keys)
        {
            if (keep(k))
            {
                result[n++] = k;
            }
        }

        return result;
    }

    /// <summary>SPO keys in another triple order, sorted.</summary>
    public static Key3[] Permute(Key3[] spo, QuadOrder order)
    {
        if (order == QuadOrder.Spo || spo.Length == 0)
        {
            return spo;
        }

        var result = GC.AllocateUninitializedArray<Key3>(spo.Length);
        for (int i = 0; i < spo.Length; i++)
        {
            result[i] = QuadLayout.ToKey3(order, spo[i].A, spo[i].B, spo[i].C);
        }

        KeySort.Sort<Key3>(result);
        return result;
    }

    /// <summary>GSPO keys in another quad order, sorted.</summary>
    public static Key4[] Permute(Key4[] gspo, QuadOrder order)
    {
        if (order == QuadOrder.Gspo || gspo.Length == 0)
        {
            return gspo;
        }

        var result = GC.AllocateUninitializedArray<Key4>(gspo.Length);
        for (int i = 0; i < gspo.Length; i++)
        {
            result[i] = QuadLayout.ToKey4(order, gspo[i].B, gspo[i].C, gspo[i].D, gspo[i].A);
        }

        KeySort.Sort<Key4>(result);
        return result;
    }
}
