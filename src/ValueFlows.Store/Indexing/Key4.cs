namespace ValueFlows.Store.Indexing;

/// <summary>A named-graph quad in one of the orders GSPO, GPOS, GOSP, SPOG, POSG or OSPG.</summary>
internal readonly record struct Key4(ulong A, ulong B, ulong C, ulong D) : IIndexKey<Key4>
{
    public static int Compare(in Key4 left, in Key4 right)
    {
        if (left.A != right.A)
        {
            return left.A < right.A ? -1 : 1;
        }

        if (left.B != right.B)
        {
            return left.B < right.B ? -1 : 1;
        }

        if (left.C != right.C)
        {
            return left.C < right.C ? -1 : 1;
        }

        return left.D == right.D ? 0 : left.D < right.D ? -1 : 1;
    }

    public static ulong First(in Key4 key) => key.A;

    public static int ComparePrefix(in Key4 left, in Key4 right) => left.A == right.A ? 0 : left.A < right.A ? -1 : 1;

    public static Key4 LowestWithPrefix(in Key4 key, int prefixLength) => prefixLength switch
    {
        0 => new(0, 0, 0, 0),
        1 => new(key.A, 0, 0, 0),
        2 => new(key.A, key.B, 0, 0),
        3 => new(key.A, key.B, key.C, 0),
        _ => key,
    };

    public static Key4 HighestWithPrefix(in Key4 key, int prefixLength) => prefixLength switch
    {
        0 => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue),
        1 => new(key.A, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue),
        2 => new(key.A, key.B, ulong.MaxValue, ulong.MaxValue),
        3 => new(key.A, key.B, key.C, ulong.MaxValue),
        _ => key,
    };
}
