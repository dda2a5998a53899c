namespace ValueFlows.Store.Indexing;

/// <summary>
/// One sort order of a set of keys, immutable: a sorted base array plus a few sorted delta runs (newest last) that
/// recent commits added. Runs are merged with a binary-counter rule (so there are O(log n) of them) and folded into a
/// new base once they hold more than an eighth of it. Readers keep whatever instance they started with.
/// </summary>
internal sealed class OrderIndex<TKey>
    where TKey : unmanaged, IIndexKey<TKey>
{
    private const int MinimumFoldThreshold = 4096;

    public OrderIndex(TKey[] @base, DeltaRun<TKey>[] runs, long count)
    {
        Base = @base;
        Runs = runs;
        Count = count;
    }

    public static OrderIndex<TKey> Empty { get; } = new([], [], 0);

    /// <summary>The sorted, distinct base keys.</summary>
    public TKey[] Base { get; }

    /// <summary>Changes on top of the base, oldest first.</summary>
    public DeltaRun<TKey>[] Runs { get; }

    /// <summary>The number of keys in the set.</summary>
    public long Count { get; }

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

    /// <summary>This set with <paramref name="run"/> applied; runs are merged and folded as needed.</summary>
    public OrderIndex<TKey> With(DeltaRun<TKey> run)
    {
        if (run.IsEmpty)
        {
            return this;
        }

        var runs = new List<DeltaRun<TKey>>(Runs.Length + 1);
        runs.AddRange(Runs);
        runs.Add(run);
        while (runs.Count >= 2 && runs[^2].Size <= 2 * runs[^1].Size)
        {
            var merged = DeltaRun<TKey>.Combine(runs[^2], runs[^1]);
            runs.RemoveRange(runs.Count - 2, 2);
            if (!merged.IsEmpty)
            {
                runs.Add(merged);
            }
        }

        long count = Count + run.Adds.Length - run.Removes.Length;
        var next = new OrderIndex<TKey>(Base, [.. runs], count);
        return next.RunSize > Math.Max(MinimumFoldThreshold, Base.Length / 8) ? next.Folded() : next;
    }

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
