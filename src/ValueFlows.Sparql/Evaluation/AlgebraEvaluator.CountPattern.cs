using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// GROUP BY over one triple pattern whose aggregates are all plain COUNTs of the pattern's solutions (q12's "count per
/// class"): the quads are counted per key straight from the cursor, with no solution row per quad.
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    private IEnumerable<TermId[]>? TryCountPattern(OpGroup op, TermId[] seed, TermId graph)
    {
        if (op.Input is not OpBgp { Patterns.Count: 1 } bgp || PlanBgp(bgp, seed, graph) is not [var level]
            || level.SUse == Use.Check || level.PUse == Use.Check || level.OUse == Use.Check)
        {
            return null;
        }

        // Each key is read from one position of the quad (or is a constant of the seed).
        var sources = new int[op.Keys.Count];
        for (int i = 0; i < sources.Length; i++)
        {
            int slot = _layout.Slot(op.Keys[i]);
            sources[i] = level.SUse != Use.Constant && level.SSlot == slot ? 0
                : level.PUse != Use.Constant && level.PSlot == slot ? 1
                : level.OUse != Use.Constant && level.OSlot == slot ? 2
                : -1;
            if (sources[i] < 0)
            {
                return null;
            }
        }

        foreach (var binding in op.Aggregates)
        {
            var aggregate = binding.Aggregate;
            bool countsRows = aggregate.Argument is null
                || (aggregate.Argument is ExprVariable v && _layout.TryGetSlot(v.Variable, out int slot)
                    && ((level.SUse != Use.Constant && level.SSlot == slot) || (level.PUse != Use.Constant && level.PSlot == slot)
                        || (level.OUse != Use.Constant && level.OSlot == slot)));
            if (aggregate.Function != AggregateFunction.Count || aggregate.Distinct || !countsRows)
            {
                return null;
            }
        }

        return CountPattern(op, level, sources, seed, graph);
    }

    private IEnumerable<TermId[]> CountPattern(OpGroup op, Level level, int[] sources, TermId[] seed, TermId graph)
    {
        var s = level.SUse == Use.Constant ? level.SConstant : level.SUse == Use.Bound ? seed[level.SSlot] : TermId.Any;
        var p = level.PUse == Use.Constant ? level.PConstant : level.PUse == Use.Bound ? seed[level.PSlot] : TermId.Any;
        var o = level.OUse == Use.Constant ? level.OConstant : level.OUse == Use.Bound ? seed[level.OSlot] : TermId.Any;
        var counts = new Dictionary<(TermId, TermId, TermId), long>();
        if (!_terms.IsLocal(s) && !_terms.IsLocal(p) && !_terms.IsLocal(o))
        {
            using var cursor = _terms.Dataset.OpenCursor();
            cursor.Seek(new QuadPattern(s, p, o, graph));
            var batch = new EncodedQuad[BatchSize];
            // The index order usually groups equal keys (POS for "count per class"): count runs, and touch the
            // dictionary once per run instead of once per quad.
            (TermId, TermId, TermId) current = default;
            long run = 0;
            int read;
            while ((read = cursor.Read(batch)) > 0)
            {
                _cancellation.ThrowIfCancellationRequested();
                for (int i = 0; i < read; i++)
                {
                    var key = (Key(batch[i], sources, 0), Key(batch[i], sources, 1), Key(batch[i], sources, 2));
                    if (run > 0 && key == current)
                    {
                        run++;
                        continue;
                    }

                    if (run > 0)
                    {
                        counts[current] = counts.GetValueOrDefault(current) + run;
                    }

                    current = key;
                    run = 1;
                }
            }

            if (run > 0)
            {
                counts[current] = counts.GetValueOrDefault(current) + run;
            }
        }

        if (counts.Count == 0 && sources.Length == 0)
        {
            counts.Add(default, 0);
        }

        foreach (var ((k0, k1, k2), count) in counts)
        {
            var output = EmptyRow();
            for (int i = 0; i < sources.Length; i++)
            {
                output[_layout.Slot(op.Keys[i])] = i switch { 0 => k0, 1 => k1, _ => k2 };
            }

            var value = _terms.Intern(NumericValue.Integer(count).ToLiteral());
            foreach (var binding in op.Aggregates)
            {
                output[_layout.Slot(binding.Variable)] = value;
            }

            yield return output;
        }
    }

    private static TermId Key(in EncodedQuad quad, int[] sources, int index) =>
        index >= sources.Length ? TermId.Any : sources[index] switch
        {
            0 => quad.Subject,
            1 => quad.Predicate,
            _ => quad.Object,
        };
}
