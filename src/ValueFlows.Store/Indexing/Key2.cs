namespace ValueFlows.Store.Indexing;

/// <summary>A pair of numbers: (subject id, sequence number) in the revision index.</summary>
internal readonly record struct Key2(ulong A, ulong B) : IIndexKey<Key2>
{
    public static int Compare(in Key2 left, in Key2 right)
    {
        if (left.A != right.A)
        {
            return left.A < right.A ? -1 : 1;
        }

        return left.B == right.B ? 0 : left.B < right.B ? -1 : 1;
    }

    public static ulong First(in Key2 key) => key.A;

    public static int ComparePrefix(in Key2 left, in Key2 right) => left.A == right.A ? 0 : left.A < right.A ? -1 : 1;

    public static Key2 LowestWithPrefix(in Key2 key, int prefixLength) => prefixLength switch
    {
        0 => new(0, 0),
        1 => new(key.A, 0),
        _ => key,
    };

    public static Key2 HighestWithPrefix(in Key2 key, int prefixLength) => prefixLength switch
    {
        0 => new(ulong.MaxValue, ulong.MaxValue),
        1 => new(key.A, ulong.MaxValue),
        _ => key,
    };
}
