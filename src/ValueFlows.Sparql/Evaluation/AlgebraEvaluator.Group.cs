using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>GROUP BY and the set functions (§18.5, Group and Aggregation).</summary>
internal sealed partial class AlgebraEvaluator
{
    /// <summary>
    /// Hash aggregation: one entry per group key (ids), each with an accumulator per aggregate that folds rows as they
    /// stream past; only aggregates that need every value (MIN, MAX, SAMPLE, GROUP_CONCAT, DISTINCT sums) keep the rows.
    /// </summary>
    private IEnumerable<TermId[]> Group(OpGroup op, TermId[] seed, TermId graph) =>
        TryCountPattern(op, seed, graph) ?? HashGroup(op, seed, graph);

    private IEnumerable<TermId[]> HashGroup(OpGroup op, TermId[] seed, TermId graph)
    {
        int[] keySlots = [.. op.Keys.Select(_layout.Slot)];
        var plans = op.Aggregates.Select(a => (Slot: _layout.Slot(a.Variable), Factory: AccumulatorFactory(a.Aggregate, graph))).ToArray();
        var groups = new Dictionary<TermId[], GroupAccumulator[]>(SolutionRowComparer.Instance);
        var order = new List<(TermId[] Key, GroupAccumulator[] Accumulators)>();
        var probe = new TermId[keySlots.Length];
        foreach (var row in Evaluate(op.Input, seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            for (int i = 0; i < keySlots.Length; i++)
            {
                probe[i] = row[keySlots[i]];
            }

            if (!groups.TryGetValue(probe, out var accumulators))
            {
                var key = (TermId[])probe.Clone();
                accumulators = Array.ConvertAll(plans, p => p.Factory());
                groups.Add(key, accumulators);
                order.Add((key, accumulators));
            }

            foreach (var accumulator in accumulators)
            {
                accumulator.Add(row);
            }
        }

        if (order.Count == 0 && keySlots.Length == 0)
        {
            order.Add(([], Array.ConvertAll(plans, p => p.Factory())));
        }

        foreach (var (key, accumulators) in order)
        {
            var output = EmptyRow();
            for (int i = 0; i < keySlots.Length; i++)
            {
                output[keySlots[i]] = key[i];
            }

            for (int i = 0; i < plans.Length; i++)
            {
                if (accumulators[i].Result() is { } value)
                {
                    output[plans[i].Slot] = _terms.Intern(value);
                }
            }

            yield return output;
        }
    }

    private Func<GroupAccumulator> AccumulatorFactory(Aggregate aggregate, TermId graph)
    {
        var argument = aggregate.Argument is null ? null : Compile(aggregate.Argument, graph);
        int slot = aggregate.Argument is ExprVariable v ? _layout.Slot(v.Variable) : -1;
        return (aggregate.Function, aggregate.Distinct, argument, slot) switch
        {
            (AggregateFunction.Count, false, null, _) => () => new CountAccumulator(null, -1),
            (AggregateFunction.Count, false, _, _) => () => new CountAccumulator(argument, slot),
            (AggregateFunction.Count, true, not null, >= 0) => () => new CountDistinctIdsAccumulator(slot),
            (AggregateFunction.Sum or AggregateFunction.Avg, false, not null, >= 0) =>
                () => new SumAccumulator(aggregate.Function == AggregateFunction.Avg, argument, slot),
            _ => () => new RowsAccumulator(aggregate, argument),
        };
    }

    /// <summary>The running state of one aggregate over one group.</summary>
    private abstract class GroupAccumulator
    {
        public abstract void Add(TermId[] row);

        /// <summary>The aggregate's value, or null for an error.</summary>
        public abstract Term? Result();
    }

    /// <summary>COUNT(*) or COUNT(expr) without DISTINCT: a variable counts when bound, an expression when not an error.</summary>
    private sealed class CountAccumulator(CompiledExpression? argument, int slot) : GroupAccumulator
    {
        private long _count;

        public override void Add(TermId[] row)
        {
            if (argument is null || (slot >= 0 ? !row[slot].IsAny : argument(row) is not null))
            {
                _count++;
            }
        }

        public override Term? Result() => NumericValue.Integer(_count).ToLiteral();
    }

    /// <summary>COUNT(DISTINCT ?v): equal ids are equal terms, so distinct values are distinct ids.</summary>
    private sealed class CountDistinctIdsAccumulator(int slot) : GroupAccumulator
    {
        private readonly HashSet<TermId> _seen = [];

        public override void Add(TermId[] row)
        {
            if (!row[slot].IsAny)
            {
                _seen.Add(row[slot]);
            }
        }

        public override Term? Result() => NumericValue.Integer(_seen.Count).ToLiteral();
    }

    /// <summary>
    /// SUM or AVG of a variable: integers and decimals are added as <see cref="decimal"/> (inlined ones with no term made);
    /// the first other value switches to adding terms with the operator mapping (floats, doubles, errors).
    /// </summary>
    private sealed class SumAccumulator(bool average, CompiledExpression argument, int slot) : GroupAccumulator
    {
        private decimal _exact;
        private bool _isDecimal;
        private Term? _total;
        private long _count;
        private bool _error;

        public override void Add(TermId[] row)
        {
            if (_error)
            {
                return;
            }

            _count++;
            var id = row[slot];
            Term? term = null;
            if (_total is null)
            {
                try
                {
                    if (id.TryGetInteger(out long integer))
                    {
                        _exact += integer;
                        return;
                    }

                    if (id.TryGetDecimal(out decimal value))
                    {
                        _exact += value;
                        _isDecimal = true;
                        return;
                    }

                    // Non-canonical integers and decimals ("5"^^xsd:decimal) live in the dictionary: add their values
                    // too, rather than a new literal per row.
                    term = argument(row);
                    if (term is not null && NumericValue.TryGet(term, out var number) && number.Kind <= NumericKind.Decimal)
                    {
                        _exact += number.Exact;
                        _isDecimal |= number.Kind == NumericKind.Decimal;
                        return;
                    }
                }
                catch (OverflowException)
                {
                    _error = true;
                    return;
                }

                _total = Exact();
            }

            term ??= argument(row);
            if (term is null || !NumericValue.TryGet(term, out _))
            {
                _error = true;
                return;
            }

            _total = AlgebraEvaluator.Add(_total, term);
            _error = _total is null;
        }

        public override Term? Result()
        {
            if (_error)
            {
                return null;
            }

            var total = _total ?? Exact();
            return !average || _count == 0 ? total : Divide(total, NumericValue.Integer(_count).ToLiteral());
        }

        private Literal Exact() => new NumericValue(_isDecimal ? NumericKind.Decimal : NumericKind.Integer, _exact, 0).ToLiteral();
    }

    /// <summary>Aggregates that need all of a group's values: the group's rows, aggregated at the end.</summary>
    private sealed class RowsAccumulator(Aggregate aggregate, CompiledExpression? argument) : GroupAccumulator
    {
        private readonly List<TermId[]> _rows = [];

        public override void Add(TermId[] row) => _rows.Add(row);

        public override Term? Result() => Aggregate(aggregate, argument, _rows);
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
