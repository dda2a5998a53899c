namespace ValueFlows.Store.Indexing;

/// <summary>
/// The work of one background merge: for a version whose runs were pinned (<see cref="StoreVersion.PinForMerge"/>),
/// every index's pinned runs folded into a new base, and the statistics of the new bases. Computed off the writer
/// thread; <see cref="StoreVersion.WithMerged"/> then swaps the bases into whatever version is current.
/// </summary>
internal sealed class MergedBases
{
    private MergedBases(StoreVersion source, Key3[]?[] triples, Key4[]?[] quads, Key2[]? revisions, PredicateStatisticsTable statistics)
    {
        Source = source;
        Triples = triples;
        Quads = quads;
        Revisions = revisions;
        Statistics = statistics;
    }

    /// <summary>The pinned version the bases were folded from.</summary>
    public StoreVersion Source { get; }

    /// <summary>The new base per triple order (null: that order had nothing pinned).</summary>
    public Key3[]?[] Triples { get; }

    /// <summary>The new base per quad order (null: nothing pinned).</summary>
    public Key4[]?[] Quads { get; }

    /// <summary>The new revision base (null: nothing pinned).</summary>
    public Key2[]? Revisions { get; }

    /// <summary>Statistics over the new bases.</summary>
    public PredicateStatisticsTable Statistics { get; }

    /// <summary>Folds the pinned runs of <paramref name="source"/>; one index at a time, so the transient memory is one new base.</summary>
    public static MergedBases Compute(StoreVersion source)
    {
        var triples = new Key3[]?[source.Triples.Length];
        for (int i = 0; i < triples.Length; i++)
        {
            triples[i] = source.Triples[i].Pinned == 0 ? null : source.Triples[i].FoldPinned();
        }

        var quads = new Key4[]?[source.Quads.Length];
        for (int i = 0; i < quads.Length; i++)
        {
            quads[i] = source.Quads[i].Pinned == 0 ? null : source.Quads[i].FoldPinned();
        }

        var revisions = source.Revisions.Pinned == 0 ? null : source.Revisions.FoldPinned();
        var statistics = PredicateStatisticsTable.Compute(
            triples[0] ?? source.Triples[0].Base, triples[1] ?? source.Triples[1].Base, quads[3] ?? source.Quads[3].Base, quads[4] ?? source.Quads[4].Base);
        return new MergedBases(source, triples, quads, revisions, statistics);
    }
}
