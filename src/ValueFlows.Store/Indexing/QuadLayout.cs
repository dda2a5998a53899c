using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Indexing;

/// <summary>
/// How quads map onto the index orders: default-graph triples live in SPO, POS and OSP (3 × 3 ids), named-graph quads
/// in GSPO, GPOS, GOSP, SPOG, POSG and OSPG, so that every pattern, with or without a graph, is one prefix range.
/// </summary>
internal static class QuadLayout
{
    public static Key3 ToKey3(QuadOrder order, ulong s, ulong p, ulong o) => order switch
    {
        QuadOrder.Spo => new(s, p, o),
        QuadOrder.Pos => new(p, o, s),
        QuadOrder.Osp => new(o, s, p),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    public static Key4 ToKey4(QuadOrder order, ulong s, ulong p, ulong o, ulong g) => order switch
    {
        QuadOrder.Gspo => new(g, s, p, o),
        QuadOrder.Gpos => new(g, p, o, s),
        QuadOrder.Gosp => new(g, o, s, p),
        QuadOrder.Spog => new(s, p, o, g),
        QuadOrder.Posg => new(p, o, s, g),
        QuadOrder.Ospg => new(o, s, p, g),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    public static EncodedQuad FromKey3(QuadOrder order, in Key3 k) => order switch
    {
        QuadOrder.Spo => new(new(k.A), new(k.B), new(k.C), TermId.DefaultGraph),
        QuadOrder.Pos => new(new(k.C), new(k.A), new(k.B), TermId.DefaultGraph),
        _ => new(new(k.B), new(k.C), new(k.A), TermId.DefaultGraph),
    };

    public static EncodedQuad FromKey4(QuadOrder order, in Key4 k) => order switch
    {
        QuadOrder.Gspo => new(new(k.B), new(k.C), new(k.D), new(k.A)),
        QuadOrder.Gpos => new(new(k.D), new(k.B), new(k.C), new(k.A)),
        QuadOrder.Gosp => new(new(k.C), new(k.D), new(k.B), new(k.A)),
        QuadOrder.Spog => new(new(k.A), new(k.B), new(k.C), new(k.D)),
        QuadOrder.Posg => new(new(k.C), new(k.A), new(k.B), new(k.D)),
        _ => new(new(k.B), new(k.C), new(k.A), new(k.D)),
    };

    /// <summary>The order and prefix length that make <paramref name="pattern"/> one range.</summary>
    public static (QuadOrder Order, int Prefix) Choose(in QuadPattern pattern)
    {
        int mask = (pattern.Subject.IsAny ? 0 : 1) | (pattern.Predicate.IsAny ? 0 : 2) | (pattern.Object.IsAny ? 0 : 4);
        int bound = System.Numerics.BitOperations.PopCount((uint)mask);
        if (pattern.Graph == TermId.DefaultGraph)
        {
            return mask switch
            {
                2 or 6 => (QuadOrder.Pos, bound),
                4 or 5 => (QuadOrder.Osp, bound),
                _ => (QuadOrder.Spo, bound),
            };
        }

        if (!pattern.Graph.IsAny)
        {
            return mask switch
            {
                2 or 6 => (QuadOrder.Gpos, bound + 1),
                4 or 5 => (QuadOrder.Gosp, bound + 1),
                _ => (QuadOrder.Gspo, bound + 1),
            };
        }

        return mask switch
        {
            0 => (QuadOrder.Gspo, 0),
            2 or 6 => (QuadOrder.Posg, bound),
            4 or 5 => (QuadOrder.Ospg, bound),
            _ => (QuadOrder.Spog, bound),
        };
    }
}
