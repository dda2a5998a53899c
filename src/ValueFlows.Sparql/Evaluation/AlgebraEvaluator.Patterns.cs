using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>Basic graph patterns and property paths: index nested-loop joins that bind each row into the next scan.</summary>
internal sealed partial class AlgebraEvaluator
{
    /// <summary>A triple pattern position resolved for evaluation: a slot, or a constant id (<see cref="TermId.Any"/> when absent).</summary>
    private readonly record struct Position(int Slot, TermId Constant, bool Absent)
    {
        public bool IsSlot => Slot >= 0;
    }

    private Position Resolve(TermPattern pattern)
    {
        if (pattern.Variable is { } variable)
        {
            return new Position(_layout.Slot(variable), TermId.Any, false);
        }

        if (pattern.Term is BlankNode node)
        {
            return new Position(_layout.Slot(VariableRegistry.BlankNodeSlotName(node)), TermId.Any, false);
        }

        return _terms.TryGetStored(pattern.Term!, out var id) ? new Position(-1, id, false) : new Position(-1, TermId.Any, true);
    }

    private IEnumerable<TermId[]> EvaluateBgp(OpBgp bgp, TermId[] seed, TermId graph)
    {
        if (bgp.IsEmpty)
        {
            return [seed];
        }

        var levels = PlanBgp(bgp, seed, graph);
        return levels is null ? [] : ScanPatterns(levels, seed, graph);
    }

    /// <summary>The join order of a BGP for a seed (null when a constant is absent), from the query's plan cache.</summary>
    private Level[]? PlanBgp(OpBgp bgp, TermId[] seed, TermId graph)
    {
        if (!_resolvedBgps.TryGetValue(bgp, out var resolved))
        {
            var patterns = bgp.Patterns.Select(p => (S: Resolve(p.Subject), P: Resolve(p.Predicate), O: Resolve(p.Object))).ToList();
            resolved = patterns.Exists(p => p.S.Absent || p.P.Absent || p.O.Absent) ? null : patterns;
            _resolvedBgps.Add(bgp, resolved);
        }

        if (resolved is null)
        {
            return null;
        }

        // Plans depend on which of the BGP's variables the seed binds; more than 64 slots are planned every time.
        ulong seeded = 0;
        bool cacheable = true;
        foreach (var (s, p, o) in resolved)
        {
            foreach (var position in (ReadOnlySpan<Position>)[s, p, o])
            {
                if (position.IsSlot && !seed[position.Slot].IsAny)
                {
                    cacheable &= position.Slot < 64;
                    seeded |= 1UL << (position.Slot & 63);
                }
            }
        }

        if (cacheable && _bgpPlans.TryGetValue((bgp, graph, seeded), out var cached))
        {
            return cached;
        }

        var levels = CompileLevels(OrderPatterns([.. resolved], seed, graph), seed);
        if (cacheable)
        {
            _bgpPlans.Add((bgp, graph, seeded), levels);
        }

        return levels;
    }

    private List<(Position S, Position P, Position O)> OrderPatterns(List<(Position S, Position P, Position O)> patterns, TermId[] seed, TermId graph)
    {

        // The optimizer ordered the patterns from statistics, but without knowing what a seed binds (EXISTS, lookups):
        // its order is kept when the seed binds none of the pattern's variables.
        if (KeepPatternOrder && !patterns.Exists(p => IsSeeded(p.S, seed) || IsSeeded(p.P, seed) || IsSeeded(p.O, seed)))
        {
            return patterns;
        }

        // Greedy order: next the pattern with the most positions bound by constants, the seed or earlier patterns; ties go
        // to the pattern whose constants match the fewest quads (the dataset's estimate).
        var bound = new HashSet<int>(Enumerable.Range(0, seed.Length).Where(i => !seed[i].IsAny));
        var estimates = patterns.ConvertAll(p => _terms.Dataset.EstimateQuads(new QuadPattern(p.S.Constant, p.P.Constant, p.O.Constant, graph)));
        var ordered = new List<(Position S, Position P, Position O)>();
        while (patterns.Count > 0)
        {
            int best = 0, bestScore = -1;
            long bestEstimate = long.MaxValue;
            for (int i = 0; i < patterns.Count; i++)
            {
                var p = patterns[i];
                int score = Score(p.S, bound) + Score(p.P, bound) + Score(p.O, bound);
                if (score > bestScore || (score == bestScore && estimates[i] < bestEstimate))
                {
                    best = i;
                    bestScore = score;
                    bestEstimate = estimates[i];
                }
            }

            var chosen = patterns[best];
            patterns.RemoveAt(best);
            estimates.RemoveAt(best);
            ordered.Add(chosen);
            foreach (var position in new[] { chosen.S, chosen.P, chosen.O })
            {
                if (position.IsSlot)
                {
                    bound.Add(position.Slot);
                }
            }
        }

        return ordered;
    }

    /// <summary>True when BGPs are evaluated in the order given (the optimizer's), unless a seed binds their variables.</summary>
    public bool KeepPatternOrder { get; init; }

    private static bool IsSeeded(Position position, TermId[] seed) => position.IsSlot && !seed[position.Slot].IsAny;

    private static int Score(Position position, HashSet<int> bound) => !position.IsSlot || bound.Contains(position.Slot) ? 2 : 0;

    private static TermId Value(Position position, TermId[] row) => position.IsSlot ? row[position.Slot] : position.Constant;

    /// <summary>Binds a slot to an id; false when a repeated variable already holds another id.</summary>
    private static bool Bind(TermId[] row, Position position, TermId id)
    {
        if (!position.IsSlot)
        {
            return true;
        }

        if (row[position.Slot].IsAny)
        {
            row[position.Slot] = id;
            return true;
        }

        return row[position.Slot] == id;
    }

    private IEnumerable<TermId[]> EvaluatePath(OpPath op, TermId[] seed, TermId graph)
    {
        var s = ResolveForPath(op.Subject);
        var o = ResolveForPath(op.Object);
        var subject = Value(s, seed);
        var @object = Value(o, seed);
        foreach (var (from, to) in _paths.Pairs(op.Path, subject, @object, graph, _terms))
        {
            var row = Clone(seed);
            if (Bind(row, s, from) && Bind(row, o, to))
            {
                yield return row;
            }
        }
    }

    // A path may match a constant the data does not hold (zero-length paths), so constants get query-local ids.
    private Position ResolveForPath(TermPattern pattern) =>
        pattern.Term is { } term and not BlankNode ? new Position(-1, _terms.Intern(term), false) : Resolve(pattern);
}
