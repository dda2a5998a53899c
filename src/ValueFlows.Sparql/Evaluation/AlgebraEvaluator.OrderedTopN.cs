using System.Buffers;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Top-N over a BGP whose sort keys are all bound by the first pattern of its plan (q11: events ordered by their IRI):
/// the first pattern's quads are ranked by a bounded heap, and only the best are joined with the other patterns, in key
/// order, until N solutions are made — instead of joining every quad and ranking the solutions.
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    private const long OrderedTopNMaximumLimit = 100_000;

    private readonly record struct Candidate(EncodedQuad Quad, Term?[] Keys, long Sequence);

    /// <summary>Top-N, by the first pattern's quads when the input is such a BGP, else by ranking every solution.</summary>
    private IEnumerable<TermId[]> RankedTopN(OpTopN op, TermId[] seed, TermId graph)
    {
        foreach (var row in TryOrderedBgpTopN(op, seed, graph) ?? TopN(op, seed, graph))
        {
            yield return row;
        }
    }

    private List<TermId[]>? TryOrderedBgpTopN(OpTopN op, TermId[] seed, TermId graph)
    {
        if (op.Input is not OpBgp bgp || op.Limit <= 0 || op.Limit > OrderedTopNMaximumLimit || bgp.Patterns.Count < 2
            || PlanBgp(bgp, seed, graph) is not { } levels)
        {
            return null;
        }

        var first = levels[0];
        var keySlots = new int[op.Conditions.Count];
        for (int i = 0; i < keySlots.Length; i++)
        {
            if (op.Conditions[i].Expression is not ExprVariable v || !_layout.TryGetSlot(v.Variable, out int slot)
                || !(!seed[slot].IsAny || (first.SUse == Use.Bind && first.SSlot == slot) || (first.PUse == Use.Bind && first.PSlot == slot)
                    || (first.OUse == Use.Bind && first.OSlot == slot)))
            {
                return null;
            }

            keySlots[i] = slot;
        }

        return OrderedBgpTopN(op, levels, keySlots, seed, graph);
    }

    private List<TermId[]>? OrderedBgpTopN(OpTopN op, Level[] levels, int[] keySlots, TermId[] seed, TermId graph)
    {
        var descending = op.Conditions.Select(c => c.Descending).ToArray();
        var order = Comparer<Candidate>.Create((x, y) =>
        {
            for (int i = 0; i < x.Keys.Length; i++)
            {
                int c = TermComparer.OrderCompare(x.Keys[i], y.Keys[i]);
                if (c != 0)
                {
                    return descending[i] ? -c : c;
                }
            }

            return x.Sequence.CompareTo(y.Sequence);
        });
        var heap = new PriorityQueue<Candidate, Candidate>(Comparer<Candidate>.Create((x, y) => order.Compare(y, x)));
        var first = levels[0];
        var row = Clone(seed);
        long sequence = 0;
        var s = first.SUse == Use.Constant ? first.SConstant : first.SUse == Use.Bound ? seed[first.SSlot] : TermId.Any;
        var p = first.PUse == Use.Constant ? first.PConstant : first.PUse == Use.Bound ? seed[first.PSlot] : TermId.Any;
        var o = first.OUse == Use.Constant ? first.OConstant : first.OUse == Use.Bound ? seed[first.OSlot] : TermId.Any;
        if (_terms.IsLocal(s) || _terms.IsLocal(p) || _terms.IsLocal(o))
        {
            return [];
        }

        using (var cursor = _terms.Dataset.OpenCursor())
        {
            cursor.Seek(new QuadPattern(s, p, o, graph));
            var batch = ArrayPool<EncodedQuad>.Shared.Rent(BatchSize);
            try
            {
                int read;
                while ((read = cursor.Read(batch)) > 0)
                {
                    _cancellation.ThrowIfCancellationRequested();
                    for (int i = 0; i < read; i++)
                    {
                        if (!BindLevel(first, row, batch[i]))
                        {
                            continue;
                        }

                        var keys = new Term?[keySlots.Length];
                        for (int k = 0; k < keys.Length; k++)
                        {
                            keys[k] = row[keySlots[k]].IsAny ? null : _terms.Get(row[keySlots[k]]);
                        }

                        var candidate = new Candidate(batch[i], keys, sequence++);
                        if (heap.Count < op.Limit)
                        {
                            heap.Enqueue(candidate, candidate);
                        }
                        else if (order.Compare(candidate, heap.Peek()) < 0)
                        {
                            heap.EnqueueDequeue(candidate, candidate);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<EncodedQuad>.Shared.Return(batch);
            }
        }

        bool complete = sequence <= op.Limit;
        var ranked = new List<Candidate>(heap.Count);
        while (heap.Count > 0)
        {
            ranked.Add(heap.Dequeue());
        }

        ranked.Reverse();
        var rest = levels[1..];
        var result = new List<TermId[]>();
        foreach (var candidate in ranked)
        {
            var start = Clone(seed);
            BindLevel(first, start, candidate.Quad);
            foreach (var solution in ScanPatterns(rest, start, graph))
            {
                result.Add(solution);
                if (result.Count == op.Limit)
                {
                    return result;
                }
            }
        }

        // Fewer than N solutions from the best N quads: the quads left out may still give some, so rank every solution.
        return complete ? result : null;
    }
}
