using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Join reordering from statistics. Inside a BGP: greedily the pattern with the fewest estimated solutions given the
/// variables bound so far (<see cref="CardinalityEstimator"/>), choosing only among patterns connected to those bound
/// variables while one is, so no cartesian product is formed when a connected order exists. Inner joins of other
/// operators: an operand that shares no variable with the operands before it is moved behind the first later one that
/// does. Without statistics (no dataset) the tree is left as it is.
/// </summary>
internal sealed class JoinReorderPass : IOptimizerPass
{
    public string Name => "join-reorder";

    public Op Rewrite(Op op, OptimizerContext context) =>
        context.Dataset is { } dataset ? Reorder(op, new CardinalityEstimator(dataset), TermId.DefaultGraph) : op;

    private static Op Reorder(Op op, CardinalityEstimator estimator, TermId graph) => op switch
    {
        OpBgp bgp => OrderPatterns(bgp, estimator, graph),
        OpGraph g => g with { Input = Reorder(g.Input, estimator, estimator.Graph(g.Name)) },
        OpJoin join => OrderOperands(join, estimator, graph),

        // EXISTS patterns are ordered too: the evaluator keeps the order unless the tested solution binds their variables.
        OpFilter filter => new OpFilter(InExists(filter.Condition, estimator, graph), Reorder(filter.Input, estimator, graph)),
        OpExtend extend => new OpExtend(Reorder(extend.Input, estimator, graph), extend.Variable, InExists(extend.Expression, estimator, graph)),
        OpLeftJoin leftJoin => new OpLeftJoin(
            Reorder(leftJoin.Left, estimator, graph),
            Reorder(leftJoin.Right, estimator, graph),
            leftJoin.Condition is { } condition ? InExists(condition, estimator, graph) : null),
        _ => OpTransformer.WithChildren(op, child => Reorder(child, estimator, graph)),
    };

    private static Expression InExists(Expression expression, CardinalityEstimator estimator, TermId graph) =>
        OpTransformer.MapExists(expression, pattern => Reorder(pattern, estimator, graph));

    private static OpBgp OrderPatterns(OpBgp bgp, CardinalityEstimator estimator, TermId graph)
    {
        if (bgp.Patterns.Count < 2)
        {
            return bgp;
        }

        var remaining = bgp.Patterns.ToList();
        var ordered = new List<TriplePattern>(remaining.Count);
        var bound = new HashSet<Variable>();
        while (remaining.Count > 0)
        {
            int best = -1;
            long bestEstimate = long.MaxValue;
            bool bestConnected = false;
            for (int i = 0; i < remaining.Count; i++)
            {
                bool connected = Variables(remaining[i]).Any(bound.Contains);
                long estimate = estimator.Estimate(remaining[i], bound, graph);
                if (best < 0 || (connected && !bestConnected) || (connected == bestConnected && estimate < bestEstimate))
                {
                    (best, bestEstimate, bestConnected) = (i, estimate, connected);
                }
            }

            var chosen = remaining[best];
            remaining.RemoveAt(best);
            ordered.Add(chosen);
            bound.UnionWith(Variables(chosen));
        }

        return new OpBgp(ValueArray.Create<TriplePattern>([.. ordered]));
    }

    private static Op OrderOperands(OpJoin join, CardinalityEstimator estimator, TermId graph)
    {
        var operands = new List<Op>();
        Flatten(join, operands);
        for (int i = 0; i < operands.Count; i++)
        {
            operands[i] = Reorder(operands[i], estimator, graph);
        }

        var bound = VariableUsage.Possible(operands[0]);
        for (int i = 1; i < operands.Count; i++)
        {
            if (!VariableUsage.Possible(operands[i]).Overlaps(bound))
            {
                int connected = operands.FindIndex(i + 1, o => VariableUsage.Possible(o).Overlaps(bound));
                if (connected > 0)
                {
                    var moved = operands[connected];
                    operands.RemoveAt(connected);
                    operands.Insert(i, moved);
                }
            }

            bound.UnionWith(VariableUsage.Possible(operands[i]));
        }

        var result = operands[0];
        for (int i = 1; i < operands.Count; i++)
        {
            result = new OpJoin(result, operands[i]);
        }

        return result;
    }

    private static void Flatten(Op op, List<Op> operands)
    {
        if (op is OpJoin join)
        {
            Flatten(join.Left, operands);
            Flatten(join.Right, operands);
        }
        else
        {
            operands.Add(op);
        }
    }

    private static IEnumerable<Variable> Variables(TriplePattern t) =>
        new[] { t.Subject, t.Predicate, t.Object }.Select(CardinalityEstimator.Key).OfType<Variable>();
}
