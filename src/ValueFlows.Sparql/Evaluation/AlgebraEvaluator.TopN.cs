using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>Top-N: ORDER BY + LIMIT kept by a bounded heap, in O(n log N) time and O(N) memory instead of a full sort.</summary>
internal sealed partial class AlgebraEvaluator
{
    /// <summary>A row with its sort keys: a variable key is its id, made a term only when the ids cannot be ordered.</summary>
    private readonly record struct Ranked(TermId[] Row, TermId[] KeyIds, Term?[] Keys, long Sequence);

    /// <summary>
    /// The first <see cref="OpTopN.Limit"/> solutions in the order a stable sort gives. Rows are collected until the limit
    /// is reached, then heapified into a max-heap whose worst is evicted by a better arrival (one comparison for most
    /// rows); the survivors are sorted at the end. The arrival number breaks ties, so equal keys keep their input order.
    /// </summary>
    private IEnumerable<TermId[]> TopN(OpTopN op, TermId[] seed, TermId graph)
    {
        if (op.Limit <= 0)
        {
            return [];
        }

        var keys = op.Conditions.Select(c => (Expression: Compile(c.Expression, graph), c.Descending,
            Slot: c.Expression is ExprVariable v && _layout.TryGetSlot(v.Variable, out int slot) ? slot : -1)).ToArray();
        var terms = _terms;
        Term? Key(in Ranked r, int i) => r.KeyIds[i].IsAny ? r.Keys[i] : r.Keys[i] ??= terms.Get(r.KeyIds[i]);
        var order = Comparer<Ranked>.Create((x, y) =>
        {
            for (int i = 0; i < keys.Length; i++)
            {
                if (!TermComparer.TryOrderCompareIds(x.KeyIds[i], y.KeyIds[i], out int c))
                {
                    c = TermComparer.OrderCompare(Key(x, i), Key(y, i));
                }

                if (c != 0)
                {
                    return keys[i].Descending ? -c : c;
                }
            }

            return x.Sequence.CompareTo(y.Sequence);
        });
        var kept = new List<Ranked>();
        PriorityQueue<Ranked, Ranked>? heap = null;
        long sequence = 0;
        foreach (var row in Evaluate(op.Input, seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            var keyIds = new TermId[keys.Length];
            var keyTerms = new Term?[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i].Slot >= 0)
                {
                    keyIds[i] = row[keys[i].Slot];
                }
                else
                {
                    keyTerms[i] = keys[i].Expression(row);
                }
            }

            var ranked = new Ranked(row, keyIds, keyTerms, sequence++);
            if (heap is null)
            {
                kept.Add(ranked);
                if (kept.Count == op.Limit)
                {
                    heap = new PriorityQueue<Ranked, Ranked>(kept.Select(r => (r, r)), Comparer<Ranked>.Create((x, y) => order.Compare(y, x)));
                    kept.Clear();
                }
            }
            else if (order.Compare(ranked, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(ranked, ranked);
            }
        }

        if (heap is not null)
        {
            kept.AddRange(heap.UnorderedItems.Select(item => item.Element));
        }

        kept.Sort(order);
        return kept.ConvertAll(r => r.Row);
    }
}
