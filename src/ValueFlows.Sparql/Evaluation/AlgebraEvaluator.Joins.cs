using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Join and LeftJoin, adaptive: while the left side stays small, the right side is looked up for each left solution
/// (evaluated with it as seed: an index nested-loop join); once the left side outgrows the work of evaluating the right
/// side whole, the right side is evaluated once and hashed (<see cref="RowIndex"/>).
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    // A lookup (one seek per pattern) costs about as much as reading a few quads of a scan.
    private const long LookupCostInQuads = 4;
    private const int MinimumLookups = 64;

    private IEnumerable<TermId[]> Join(OpJoin op, TermId[] seed, TermId graph)
    {
        if (!CanSeed(op.Right))
        {
            return Join(Evaluate(op.Left, seed, graph), Evaluate(op.Right, seed, graph));
        }

        return AdaptiveJoin(op, seed, graph);
    }

    private IEnumerable<TermId[]> AdaptiveJoin(OpJoin op, TermId[] seed, TermId graph)
    {
        long limit = LookupLimit(op.Right, graph);
        using var left = Evaluate(op.Left, seed, graph).GetEnumerator();
        var buffered = Buffer(left, limit);
        if (buffered.Count <= limit)
        {
            foreach (var l in buffered)
            {
                _cancellation.ThrowIfCancellationRequested();
                foreach (var merged in Evaluate(op.Right, l, graph))
                {
                    yield return merged;
                }
            }

            yield break;
        }

        foreach (var merged in Join(Rest(buffered, left), Evaluate(op.Right, seed, graph)))
        {
            yield return merged;
        }
    }

    private IEnumerable<TermId[]> LeftJoin(OpLeftJoin op, TermId[] seed, TermId graph)
    {
        var condition = op.Condition is null ? null : Compile(op.Condition, graph);
        if (!CanSeed(op.Right))
        {
            return HashLeftJoin(Evaluate(op.Left, seed, graph), new RowIndex([.. Evaluate(op.Right, seed, graph)], Width), condition);
        }

        return AdaptiveLeftJoin(op, seed, graph, condition);
    }

    private IEnumerable<TermId[]> AdaptiveLeftJoin(OpLeftJoin op, TermId[] seed, TermId graph, CompiledExpression? condition)
    {
        long limit = LookupLimit(op.Right, graph);
        using var left = Evaluate(op.Left, seed, graph).GetEnumerator();
        var buffered = Buffer(left, limit);
        if (buffered.Count > limit)
        {
            var right = new RowIndex([.. Evaluate(op.Right, seed, graph)], Width);
            foreach (var row in HashLeftJoin(Rest(buffered, left), right, condition))
            {
                yield return row;
            }

            yield break;
        }

        foreach (var l in buffered)
        {
            _cancellation.ThrowIfCancellationRequested();
            bool matched = false;
            foreach (var merged in Evaluate(op.Right, l, graph))
            {
                if (condition is null || ExpressionCompiler.EffectiveBoolean(condition(merged)) == true)
                {
                    matched = true;
                    yield return merged;
                }
            }

            if (!matched)
            {
                yield return l;
            }
        }
    }

    private IEnumerable<TermId[]> HashLeftJoin(IEnumerable<TermId[]> leftRows, RowIndex right, CompiledExpression? condition)
    {
        foreach (var l in leftRows)
        {
            _cancellation.ThrowIfCancellationRequested();
            bool matched = false;
            foreach (var r in right.Candidates(l))
            {
                if (Merge(l, r) is { } merged && (condition is null || ExpressionCompiler.EffectiveBoolean(condition(merged)) == true))
                {
                    matched = true;
                    yield return merged;
                }
            }

            if (!matched)
            {
                yield return l;
            }
        }
    }

    private List<TermId[]> Buffer(IEnumerator<TermId[]> rows, long limit)
    {
        var buffered = new List<TermId[]>();
        while (buffered.Count <= limit && rows.MoveNext())
        {
            _cancellation.ThrowIfCancellationRequested();
            buffered.Add(rows.Current);
        }

        return buffered;
    }

    private static IEnumerable<TermId[]> Rest(List<TermId[]> buffered, IEnumerator<TermId[]> rest)
    {
        foreach (var row in buffered)
        {
            yield return row;
        }

        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }

    /// <summary>How many left solutions may be looked up one by one before hashing the right side whole is cheaper.</summary>
    private long LookupLimit(Op right, TermId graph) => Math.Max(MinimumLookups, WholeEvaluationCost(right, graph) / LookupCostInQuads);

    /// <summary>
    /// A lower bound of the quads read to evaluate <paramref name="op"/> without a seed: a BGP reads at least its most
    /// selective pattern (counted from the constants alone); paths are taken as unbounded.
    /// </summary>
    private long WholeEvaluationCost(Op op, TermId graph)
    {
        switch (op)
        {
            case OpBgp bgp:
            {
                long cheapest = bgp.IsEmpty ? 1 : long.MaxValue;
                foreach (var pattern in bgp.Patterns)
                {
                    var s = Resolve(pattern.Subject);
                    var p = Resolve(pattern.Predicate);
                    var o = Resolve(pattern.Object);
                    if (s.Absent || p.Absent || o.Absent)
                    {
                        return 0;
                    }

                    cheapest = Math.Min(cheapest, _terms.Dataset.EstimateQuads(new QuadPattern(s.Constant, p.Constant, o.Constant, graph)));
                }

                return cheapest;
            }

            case OpJoin join:
                return Math.Max(WholeEvaluationCost(join.Left, graph), WholeEvaluationCost(join.Right, graph));
            case OpUnion union:
                return SaturatingAdd(WholeEvaluationCost(union.Left, graph), WholeEvaluationCost(union.Right, graph));
            default:
                return long.MaxValue / 2;
        }
    }

    private static long SaturatingAdd(long x, long y) => x > long.MaxValue / 2 || y > long.MaxValue / 2 ? long.MaxValue / 2 : x + y;

    /// <summary>
    /// True when evaluating <paramref name="op"/> with a solution as seed gives exactly its solutions compatible with that
    /// seed, merged with it: patterns, joins and unions of them, nothing (a filter, a sub-select, an optional's condition)
    /// that would see the seed's other variables.
    /// </summary>
    private static bool CanSeed(Op op) => op switch
    {
        OpBgp => true,

        // A zero-length path between two variables matches only the graph's nodes; a seed could bind them to other terms.
        OpPath path => !MayBeZeroLength(path.Path),
        OpJoin join => CanSeed(join.Left) && CanSeed(join.Right),
        OpUnion union => CanSeed(union.Left) && CanSeed(union.Right),
        _ => false,
    };

    private static bool MayBeZeroLength(PropertyPath path) => path switch
    {
        PathZeroOrMore or PathZeroOrOne => true,
        PathInverse inverse => MayBeZeroLength(inverse.Path),
        PathSequence sequence => MayBeZeroLength(sequence.First) || MayBeZeroLength(sequence.Second),
        PathAlternative alternative => MayBeZeroLength(alternative.First) || MayBeZeroLength(alternative.Second),
        PathOneOrMore oneOrMore => MayBeZeroLength(oneOrMore.Path),
        _ => false,
    };
}
