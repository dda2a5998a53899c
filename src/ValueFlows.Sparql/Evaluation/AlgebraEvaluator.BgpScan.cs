using System.Buffers;
using System.Runtime.CompilerServices;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// A whole basic graph pattern as one index nested-loop join in one iterator: one cursor per pattern, one working row
/// that each level binds in place, and a copy only for each complete solution (no row per intermediate match, no
/// iterator per pattern).
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    private enum Use : byte
    {
        /// <summary>A constant of the pattern.</summary>
        Constant,

        /// <summary>A slot already bound when the level is reached (by the seed or an earlier pattern): part of the seek.</summary>
        Bound,

        /// <summary>A slot this level binds from each quad.</summary>
        Bind,

        /// <summary>A slot this level bound from an earlier position of the same quad (<c>?x :p ?x</c>): must agree.</summary>
        Check,
    }

    private readonly Dictionary<OpBgp, List<(Position S, Position P, Position O)>?> _resolvedBgps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(OpBgp Bgp, TermId Graph, ulong Seeded), Level[]> _bgpPlans = new(BgpPlanKeyComparer.Instance);

    private readonly record struct Level(Use SUse, int SSlot, TermId SConstant, Use PUse, int PSlot, TermId PConstant, Use OUse, int OSlot, TermId OConstant);

    private static Level[] CompileLevels(List<(Position S, Position P, Position O)> patterns, TermId[] seed)
    {
        int depth = patterns.Count;
        var levels = new Level[depth];
        var bound = new bool[seed.Length];
        for (int i = 0; i < seed.Length; i++)
        {
            bound[i] = !seed[i].IsAny;
        }

        var boundHere = new List<int>(3);
        for (int i = 0; i < depth; i++)
        {
            var (s, p, o) = patterns[i];
            boundHere.Clear();
            var sUse = Classify(s, bound, boundHere);
            if (sUse == Use.Bind)
            {
                boundHere.Add(s.Slot);
            }

            var pUse = Classify(p, bound, boundHere);
            if (pUse == Use.Bind)
            {
                boundHere.Add(p.Slot);
            }

            var oUse = Classify(o, bound, boundHere);
            foreach (int slot in boundHere)
            {
                bound[slot] = true;
            }

            if (oUse == Use.Bind)
            {
                bound[o.Slot] = true;
            }

            levels[i] = new Level(sUse, s.Slot, s.Constant, pUse, p.Slot, p.Constant, oUse, o.Slot, o.Constant);
        }

        return levels;
    }

    private IEnumerable<TermId[]> ScanPatterns(Level[] levels, TermId[] seed, TermId graph)
    {
        int depth = levels.Length;
        var cursors = new IQuadCursor[depth];
        var batches = new EncodedQuad[depth][];
        var counts = new int[depth];
        var next = new int[depth];
        var row = Clone(seed);
        try
        {
            for (int i = 0; i < depth; i++)
            {
                cursors[i] = _terms.Dataset.OpenCursor();
                batches[i] = ArrayPool<EncodedQuad>.Shared.Rent(i == depth - 1 ? BatchSize : 64);
            }

            int level = 0;
            bool seeking = true;
            while (level >= 0)
            {
                if (seeking)
                {
                    ref readonly var l = ref levels[level];
                    var sv = l.SUse == Use.Constant ? l.SConstant : l.SUse == Use.Bound ? row[l.SSlot] : TermId.Any;
                    var pv = l.PUse == Use.Constant ? l.PConstant : l.PUse == Use.Bound ? row[l.PSlot] : TermId.Any;
                    var ov = l.OUse == Use.Constant ? l.OConstant : l.OUse == Use.Bound ? row[l.OSlot] : TermId.Any;
                    counts[level] = next[level] = 0;
                    if (_terms.IsLocal(sv) || _terms.IsLocal(pv) || _terms.IsLocal(ov))
                    {
                        // A computed term no quad holds: this level matches nothing for the current binding.
                        seeking = false;
                        level--;
                        continue;
                    }

                    cursors[level].Seek(new QuadPattern(sv, pv, ov, graph));
                    seeking = false;
                }

                if (next[level] == counts[level])
                {
                    _cancellation.ThrowIfCancellationRequested();
                    counts[level] = cursors[level].Read(batches[level]);
                    next[level] = 0;
                    if (counts[level] == 0)
                    {
                        level--;
                        continue;
                    }
                }

                var quad = batches[level][next[level]++];
                if (!BindLevel(levels[level], row, quad))
                {
                    continue;
                }

                if (level == depth - 1)
                {
                    yield return Clone(row);
                }
                else
                {
                    level++;
                    seeking = true;
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor?.Dispose();
            }

            foreach (var batch in batches)
            {
                if (batch is not null)
                {
                    ArrayPool<EncodedQuad>.Shared.Return(batch);
                }
            }
        }
    }

    private static Use Classify(Position position, bool[] bound, List<int> boundHere) =>
        !position.IsSlot ? Use.Constant
        : boundHere.Contains(position.Slot) ? Use.Check
        : bound[position.Slot] ? Use.Bound
        : Use.Bind;

    private static bool BindLevel(in Level level, TermId[] row, in EncodedQuad quad)
    {
        if (level.SUse == Use.Bind)
        {
            row[level.SSlot] = quad.Subject;
        }

        switch (level.PUse)
        {
            case Use.Bind:
                row[level.PSlot] = quad.Predicate;
                break;
            case Use.Check when row[level.PSlot] != quad.Predicate:
                return false;
        }

        return level.OUse switch
        {
            Use.Bind => Assign(row, level.OSlot, quad.Object),
            Use.Check => row[level.OSlot] == quad.Object,
            _ => true,
        };
    }

    private static bool Assign(TermId[] row, int slot, TermId id)
    {
        row[slot] = id;
        return true;
    }

    /// <summary>Plan keys by the BGP's identity (records compare by value, which would hash every pattern).</summary>
    private sealed class BgpPlanKeyComparer : IEqualityComparer<(OpBgp Bgp, TermId Graph, ulong Seeded)>
    {
        public static BgpPlanKeyComparer Instance { get; } = new();

        public bool Equals((OpBgp Bgp, TermId Graph, ulong Seeded) x, (OpBgp Bgp, TermId Graph, ulong Seeded) y) =>
            ReferenceEquals(x.Bgp, y.Bgp) && x.Graph == y.Graph && x.Seeded == y.Seeded;

        public int GetHashCode((OpBgp Bgp, TermId Graph, ulong Seeded) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Bgp), obj.Graph.Value, obj.Seeded);
    }
}
