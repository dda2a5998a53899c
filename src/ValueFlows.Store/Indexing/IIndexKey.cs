namespace ValueFlows.Store.Indexing;

/// <summary>A fixed-size index entry of term ids, ordered lexicographically by its components.</summary>
internal interface IIndexKey<TKey>
    where TKey : unmanaged, IIndexKey<TKey>
{
    /// <summary>Lexicographic comparison of the components as unsigned numbers.</summary>
    static abstract int Compare(in TKey left, in TKey right);

    /// <summary>The first component.</summary>
    static abstract ulong First(in TKey key);

    /// <summary>Comparison of the first components only.</summary>
    static abstract int ComparePrefix(in TKey left, in TKey right);

    /// <summary>The smallest key whose first <paramref name="prefixLength"/> components are those of <paramref name="key"/>.</summary>
    static abstract TKey LowestWithPrefix(in TKey key, int prefixLength);

    /// <summary>The largest key whose first <paramref name="prefixLength"/> components are those of <paramref name="key"/>.</summary>
    static abstract TKey HighestWithPrefix(in TKey key, int prefixLength);
}

