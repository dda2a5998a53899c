namespace ValueFlows.Store.Indexing;

/// <summary>
/// An immutable change to a sorted set: keys added (absent before) and keys removed (present before), both sorted.
/// Runs compose: applying X then Y equals applying <see cref="Combine"/>(X, Y), because an add and a remove of the same
/// key cancel out.
/// </summary>
internal sealed class DeltaRun<TKey>
    where TKey : unmanaged, IIndexKey<TKey>
{
    public DeltaRun(TKey[] adds, TKey[] removes)
    {
        Adds = adds;
        Removes = removes;
    }

    public static DeltaRun<TKey> Empty { get; } = new([], []);

    public TKey[] Adds { get; }

    public TKey[] Removes { get; }

    public int Size => Adds.Length + Removes.Length;

    public bool IsEmpty => Adds.Length == 0 && Removes.Length == 0;

    /// <summary>The run equal to applying <paramref name="older"/> and then <paramref name="newer"/>.</summary>
    public static DeltaRun<TKey> Combine(DeltaRun<TKey> older, DeltaRun<TKey> newer)
    {
        if (older.IsEmpty)
        {
            return newer;
        }

        if (newer.IsEmpty)
        {
            return older;
        }

        var adds = SortedKeys.Union<TKey>(
            SortedKeys.Difference<TKey>(older.Adds, newer.Removes), SortedKeys.Difference<TKey>(newer.Adds, older.Removes));
        var removes = SortedKeys.Union<TKey>(
            SortedKeys.Difference<TKey>(older.Removes, newer.Adds), SortedKeys.Difference<TKey>(newer.Removes, older.Adds));
        return new DeltaRun<TKey>(adds, removes);
    }
}
