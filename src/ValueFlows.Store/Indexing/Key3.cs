namespace ValueFlows.Store.Indexing;

/// <summary>A default-graph triple in one of the orders SPO, POS or OSP.</summary>
internal readonly record struct Key3(ulong A, ulong B, ulong C) : IIndexKey<Key3>
{
    public static int Compare(in Key3 left, in Key3 right)
    {
        if (left.A != right.A)
        {
            return left.A < right.A ? -1 : 1;
        }

        if (left.B != right.B)
        {
            return left.B < right.B ? -1 : 1;
        }

        return left.C == right.C ? 0 : left.C < right.C ? -1 : 1;
    }

    public static ulong First(in Key3 key) => key.A;

    public static int ComparePrefix(in Key3 left, in Key3 right) => left.A == right.A ? 0 : left.A < right.A ? -1 : 1;

    public static Key3 LowestWithPrefix(in Key3 key, int prefixLength) => prefixLength switch
    {
        0 => new(0, 0, 0),
        1 => new(key.A, 0, 0),
        2 => new(key.A, key.B, 0),
        _ => key,
    };

    public static Key3 HighestWithPrefix(in Key3 key, int prefixLength) => prefixLength switch
    {
        0 => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue),
        1 => new(key.A, ulong.MaxValue, ulong.MaxValue),
        2 => new(key.A, key.B, ulong.MaxValue),
        _ => key,
    };
}
