namespace ValueFlows.Store.Indexing;

/// <summary>
/// The quads one transaction adds and removes, as sorted, distinct keys: default-graph triples in SPO order and
/// named-graph quads in GSPO order. Adds are absent from the state they apply to and removes present in it.
/// </summary>
internal sealed class ChangeSet
{
    public ChangeSet(Key3[] addedTriples, Key3[] removedTriples, Key4[] addedQuads, Key4[] removedQuads)
    {
        AddedTriples = addedTriples;
        RemovedTriples = removedTriples;
        AddedQuads = addedQuads;
        RemovedQuads = removedQuads;
    }

    public static ChangeSet Empty { get; } = new([], [], [], []);

    public Key3[] AddedTriples { get; }

    public Key3[] RemovedTriples { get; }

    public Key4[] AddedQuads { get; }

    public Key4[] RemovedQuads { get; }

    public bool IsEmpty => AddedTriples.Length == 0 && RemovedTriples.Length == 0 && AddedQuads.Length == 0 && RemovedQuads.Length == 0;

    public int Size => AddedTriples.Length + RemovedTriples.Length + AddedQuads.Length + RemovedQuads.Length;

    /// <summary>A change set from unsorted keys (sorted and made distinct here).</summary>
    public static ChangeSet FromUnsorted(Key3[] addedTriples, Key3[] removedTriples, Key4[] addedQuads, Key4[] removedQuads) => new(
        Distinct(addedTriples), Distinct(removedTriples), Distinct(addedQuads), Distinct(removedQuads));

    /// <summary>The distinct subjects this change touches, sorted.</summary>
    public ulong[] Subjects()
    {
        var subjects = new HashSet<ulong>();
        foreach (var k in AddedTriples)
        {
            subjects.Add(k.A);
        }

        foreach (var k in RemovedTriples)
        {
            subjects.Add(k.A);
        }

        foreach (var k in AddedQuads)
        {
            subjects.Add(k.B);
        }

        foreach (var k in RemovedQuads)
        {
            subjects.Add(k.B);
        }

        var list = subjects.ToArray();
        Array.Sort(list);
        return list;
    }

    private static TKey[] Distinct<TKey>(TKey[] keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int n = SortedKeys.SortDistinct<TKey>(keys);
        return n == keys.Length ? keys : keys[..n];
    }
}
