using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Top-N (ORDER BY + LIMIT kept by a bounded heap) and the left join whose required side a top-N bounds: its optional
/// side is looked up for each surviving solution instead of being evaluated whole.
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    private readonly record struct Ranked(TermId[] Row, Term?[] Keys, long Sequence);

    /// <summary>
    /// The first <see cref="OpTopN.Limit"/> solutions in the order a stable sort gives: a max-heap of the best ones seen, whose
    /// worst is evicted by a better arrival; the arrival number breaks ties so that equal keys keep their input order.
    /// </summary>
    private IEnumerable<TermId[]> TopN(OpTopN op, TermId[] seed, TermId graph)
    {
        if (op.Limit <= 0)
        {
            return [];
        }

        var keys = op.Conditions.Select(c => (Expression: Compile(c.Expression, graph), c.Descending)).ToArray();
        var order = Comparer<Ranked>.Create((x, y) =>
        {
            for (int i = 0; i < keys.Length; i++)
            {
                int c = TermComparer.OrderCompare(x.Keys[i], y.Keys[i]);
                if (c != 0)
                {
                    return keys[i].Descending ? -c : c;
                }
            }

            return x.Sequence.CompareTo(y.Sequence);
        });
        var worstFirst = Comparer<Ranked>.Create((x, y) => order.Compare(y, x));
        int capacity = (int)Math.Min(op.Limit, 1 << 20);
        var heap = new PriorityQueue<Ranked, Ranked>(worstFirst);
        long sequence = 0;
        foreach (var row in Evaluate(op.Input, seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            var ranked = new Ranked(row, Array.ConvertAll(keys, k => k.Expression(row)), sequence++);
            if (heap.Count < op.Limit)
            {
                heap.Enqueue(ranked, ranked);
            }
            else if (order.Compare(ranked, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(ranked, ranked);
            }
        }

        var result = new List<Ranked>(Math.Min(capacity, heap.Count));
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        return result.ConvertAll(r => r.Row);
    }

    /// <summary>True when <paramref name="op"/> yields few solutions because a top-N bounds it (through left joins that only add to each).</summary>
    private static bool IsBoundedByTopN(Op op) => op switch
    {
        OpTopN => true,
        OpLeftJoin leftJoin => IsBoundedByTopN(leftJoin.Left),
        _ => false,
    };

    /// <summary>
    /// True when evaluating <paramref name="op"/> with a solution as seed gives exactly its solutions compatible with that
    /// seed, merged with it: patterns only, no filter or sub-query that would see the seed's other variables.
    /// </summary>
    private static bool IsSubstitutable(Op op) => op switch
    {
        OpBgp => true,
        OpPath => true,
        OpJoin join => IsSubstitutable(join.Left) && IsSubstitutable(join.Right),

        // A filter that reads only variables its pattern certainly binds sees the same values with or without the seed.
        OpFilter filter => IsSubstitutable(filter.Input) && !VariableUsage.ContainsExists(filter.Condition)
            && VariableUsage.Of(filter.Condition).IsSubsetOf(VariableUsage.Certain(filter.Input)),
        _ => false,
    };

    /// <summary><c>LeftJoin</c> by lookup: the optional side evaluated once per required solution, with that solution as seed.</summary>
    private IEnumerable<TermId[]> LookupLeftJoin(OpLeftJoin op, TermId[] seed, TermId graph)
    {
        var condition = op.Condition is null ? null : Compile(op.Condition, graph);
        foreach (var l in Evaluate(op.Left, seed, graph))
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
}
