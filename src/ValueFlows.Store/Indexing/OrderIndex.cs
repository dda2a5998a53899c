namespace ValueFlows.Store.Indexing;

/// <summary>
/// One sort order of a set of keys, immutable: a sorted base array plus a few sorted delta runs (newest last) that
/// recent commits added. Runs are merged with a binary-counter rule (so there are O(log n) of them); once they hold more
/// than an eighth of the base (<see cref="NeedsMerge"/>) a background merge folds them into a new base. While it runs,
/// the runs it folds are pinned (never combined with newer ones), so that its result can replace exactly them
/// (<see cref="WithMergedBase"/>). Readers keep whatever instance they started with.
/// </summary>
internal sealed class OrderIndex<TKey>
    where TKey : unmanaged, IIndexKey<TKey>
{
    private const int MinimumFoldThreshold = 4096;

    public OrderIndex(TKey[] @base, DeltaRun<TKey>[] runs, long count, int pinned = 0)
    {
        Base = @base;
        Runs = runs;
        Count = count;
        Pinned = pinned;
    }

    public static OrderIndex<TKey> Empty { get; } = new([], [], 0);

    /// <summary>The sorted, distinct base keys.</summary>
    public TKey[] Base { get; }

    /// <summary>Changes on top of the base, oldest first.</summary>
    public DeltaRun<TKey>[] Runs { get; }

    /// <summary>The number of keys in the set.</summary>
    public long Count { get; }

    /// <summary>The number of oldest runs that a background merge is folding into a new base.</summary>
    public int Pinned { get; }

    /// <summary>True when the runs have grown enough to be folded into the base.</summary>
    public bool NeedsMerge => RunSize > Math.Max(MinimumFoldThreshold, Base.Length / 8);

    public int RunSize
    {
        get
        {
            int size = 0;
            foreach (var r in Runs)
            {
                size += r.Size;
            }

            return size;
        }
    }

    /// <summary>A base-only index holding exactly <paramref name="sortedDistinct"/>.</summary>
    public static OrderIndex<TKey> FromSorted(TKey[] sortedDistinct) => new(sortedDistinct, [], sortedDistinct.Length);

    /// <summary>This set with <paramref name="run"/> applied; unpinned runs are combined as needed, never folded here.</summary>
    public OrderIndex<TKey> With(DeltaRun<TKey> run)
    {
        if (run.IsEmpty)
        {
            return this;
        }

        var runs = new List<DeltaRun<TKey>>(Runs.Length + 1);
        runs.AddRange(Runs);
        runs.Add(run);
        while (runs.Count - Pinned >= 2 && runs[^2].Size <= 2 * runs[^1].Size)
        {
            var merged = DeltaRun<TKey>.Combine(runs[^2], runs[^1]);
            runs.RemoveRange(runs.Count - 2, 2);
            if (!merged.IsEmpty)
            {
                runs.Add(merged);
            }
        }

        return new OrderIndex<TKey>(Base, [.. runs], Count + run.Adds.Length - run.Removes.Length, Pinned);
    }

    /// <summary>This set with all of its current runs pinned for a background merge.</summary>
    public OrderIndex<TKey> PinRuns() => Runs.Length == Pinned ? this : new(Base, Runs, Count, Runs.Length);

    /// <summary>
    /// This set with the base and pinned runs of <paramref name="merged"/> (a pinned earlier state of this index)
    /// replaced by <paramref name="newBase"/>, their fold; this set unchanged when its base or oldest runs are no
    /// longer those (a bulk load rebuilt the base meanwhile).
    /// </summary>
    public OrderIndex<TKey> WithMergedBase(OrderIndex<TKey> merged, TKey[] newBase)
    {
        bool same = ReferenceEquals(Base, merged.Base) && Pinned == merged.Pinned && Runs.Length >= merged.Pinned;
        for (int i = 0; same && i < merged.Pinned; i++)
        {
            same = ReferenceEquals(Runs[i], merged.Runs[i]);
        }

        if (!same)
        {
            // Unpinned, so that a later merge can fold these runs.
            return Pinned == 0 ? this : new OrderIndex<TKey>(Base, Runs, Count);
        }

        return new OrderIndex<TKey>(newBase, Runs[merged.Pinned..], Count);
    }

    /// <summary>The base with the pinned runs folded in (the work of a background merge).</summary>
    public TKey[] FoldPinned() => new OrderIndex<TKey>(Base, Runs[..Pinned], 0).Folded().Base;

    /// <summary>This set with every run folded into the base.</summary>
    public OrderIndex<TKey> Folded()
    {
        if (Runs.Length == 0)
        {
            return this;
        }

        var all = DeltaRun<TKey>.Empty;
        foreach (var r in Runs)
        {
            all = DeltaRun<TKey>.Combine(all, r);
        }

        var kept = SortedKeys.Difference<TKey>(Base, all.Removes);
        var merged = SortedKeys.Union<TKey>(kept, all.Adds);
        return new OrderIndex<TKey>(merged, [], merged.Length);
    }

    /// <summary>The exact number of keys between <paramref name="low"/> and <paramref name="high"/> inclusive.</summary>
    public long CountRange(in TKey low, in TKey high)
    {
        long count = RangeLength(Base, low, high);
        foreach (var r in Runs)
        {
            count += RangeLength(r.Adds, low, high) - RangeLength(r.Removes, low, high);
        }

        return count;
    }

    public bool Contains(in TKey key)
    {
        int membership = SortedKeys.Contains<TKey>(Base, key) ? 1 : 0;
        foreach (var r in Runs)
        {
            if (SortedKeys.Contains<TKey>(r.Adds, key))
            {
                membership++;
            }
            else if (SortedKeys.Contains<TKey>(r.Removes, key))
            {
                membership--;
            }
        }

        return membership > 0;
    }

    private static long RangeLength(ReadOnlySpan<TKey> keys, in TKey low, in TKey high) =>
        keys.IsEmpty ? 0 : SortedKeys.UpperBound(keys, high) - SortedKeys.LowerBound(keys, low);
}
