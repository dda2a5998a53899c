using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>GROUP BY and the set functions (§18.5, Group and Aggregation).</summary>
internal sealed partial class AlgebraEvaluator
{
    private IEnumerable<TermId[]> Group(OpGroup op, TermId[] seed, TermId graph)
    {
        int[] keySlots = [.. op.Keys.Select(_layout.Slot)];
        var groups = new Dictionary<TermId[], List<TermId[]>>(SolutionRowComparer.Instance);
        var order = new List<TermId[]>();
        foreach (var row in Evaluate(op.Input, seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            var key = new TermId[keySlots.Length];
            for (int i = 0; i < keySlots.Length; i++)
            {
                key[i] = row[keySlots[i]];
            }

            if (!groups.TryGetValue(key, out var members))
            {
                members = [];
                groups.Add(key, members);
                order.Add(key);
            }

            members.Add(row);
        }

        if (order.Count == 0 && keySlots.Length == 0)
        {
            var empty = Array.Empty<TermId>();
            groups.Add(empty, []);
            order.Add(empty);
        }

        var aggregates = op.Aggregates.Select(a => (Slot: _layout.Slot(a.Variable), a.Aggregate,
            Argument: a.Aggregate.Argument is null ? null : Compile(a.Aggregate.Argument, graph))).ToArray();
        foreach (var key in order)
        {
            var members = groups[key];
            var output = EmptyRow();
            for (int i = 0; i < keySlots.Length; i++)
            {
                output[keySlots[i]] = key[i];
            }

            foreach (var (slot, aggregate, argument) in aggregates)
            {
                var value = Aggregate(aggregate, argument, members);
                if (value is not null)
                {
                    output[slot] = _terms.Intern(value);
                }
            }

            yield return output;
        }
    }

    private static Term? Aggregate(Aggregate aggregate, CompiledExpression? argument, List<TermId[]> members)
    {
        if (argument is null)
        {
            int count = aggregate.Distinct ? members.Distinct(SolutionRowComparer.Instance).Count() : members.Count;
            return NumericValue.Integer(count).ToLiteral();
        }

        var values = new List<Term>();
        bool error = false;
        foreach (var row in members)
        {
            var value = argument(row);
            if (value is null)
            {
                error = true;
            }
            else
            {
                values.Add(value);
            }
        }

        if (aggregate.Distinct)
        {
            values = [.. values.Distinct()];
        }

        switch (aggregate.Function)
        {
            case AggregateFunction.Count:
                return NumericValue.Integer(values.Count).ToLiteral();
            case AggregateFunction.Sample:
                return values.Count > 0 ? values[0] : null;
            case AggregateFunction.Min or AggregateFunction.Max:
            {
                if (values.Count == 0)
                {
                    return null;
                }

                var best = values[0];
                foreach (var v in values)
                {
                    int c = TermComparer.OrderCompare(v, best);
                    if (aggregate.Function == AggregateFunction.Min ? c < 0 : c > 0)
                    {
                        best = v;
                    }
                }

                return best;
            }

            case AggregateFunction.Sum or AggregateFunction.Avg:
            {
                if (error)
                {
                    return null;
                }

                Term total = NumericValue.Integer(0).ToLiteral();
                foreach (var v in values)
                {
                    if (!NumericValue.TryGet(v, out _))
                    {
                        return null;
                    }

                    total = Add(total, v) ?? total;
                }

                if (aggregate.Function == AggregateFunction.Sum || values.Count == 0)
                {
                    return total;
                }

                return Divide(total, NumericValue.Integer(values.Count).ToLiteral());
            }

            default:
            {
                if (error)
                {
                    return null;
                }

                // The result is a simple literal even when every value has the same language tag (the 1.1 tests say so).
                var sb = new StringBuilder();
                for (int i = 0; i < values.Count; i++)
                {
                    if (values[i] is not Literal l || !TermComparer.IsStringLike(l))
                    {
                        return null;
                    }

                    if (i > 0)
                    {
                        sb.Append(aggregate.Separator ?? " ");
                    }

                    sb.Append(l.Value);
                }

                return Literal.Create(sb.ToString());
            }
        }
    }

    private static Term? Add(Term x, Term y) =>
        ExpressionCompiler.ApplyArithmetic(BuiltInFunction.Add, x, y);

    private static Term? Divide(Term x, Term y) =>
        ExpressionCompiler.ApplyArithmetic(BuiltInFunction.Divide, x, y);
}
