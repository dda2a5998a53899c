using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>Top-N: ORDER BY + LIMIT kept by a bounded heap, in O(n log N) time and O(N) memory instead of a full sort.</summary>
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
}
