using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Top-N: <c>(slice start length (order keys X))</c> becomes <c>(top (start+length keys) X)</c> (under a slice that skips
/// <c>start</c>), also through the projection between them, and through <c>DISTINCT</c>/<c>REDUCED</c> of a projection when
/// the keys read only projected variables (sorting then removing duplicates gives the same solutions as the reverse).
/// Then, for a top-N over left joins whose keys read only variables the required side certainly binds, the required side
/// is cut to its own top-N first, so the OPTIONALs are evaluated for the survivors only; docs/optimizer.md proves it.
/// </summary>
internal sealed class TopNPass : IOptimizerPass
{
    public string Name => "top-n";

    public Op Rewrite(Op op, OptimizerContext context) => OpTransformer.Transform(op, node => node switch
    {
        OpSlice { Length: { } length } slice when Sorted(slice.Input) is { } sorted => Slice(slice.Start, TopOf(sorted, slice.Start + length)),
        _ => node,
    });

    private static Op Slice(long start, Op top) => start == 0 ? top : new OpSlice(top, start, null);

    /// <summary>The sort below <paramref name="op"/> that a top-N can replace, with the operators between them.</summary>
    private static (OpOrderBy Order, Func<Op, Op> Rebuild, bool Outside)? Sorted(Op op)
    {
        switch (op)
        {
            case OpOrderBy order:
                return (order, x => x, false);
            case OpProject { Input: OpOrderBy order } project:
                return (order, x => project with { Input = x }, false);
            case OpDistinct { Input: OpProject { Input: OpOrderBy order } project } when ReadsOnly(order, project.Variables):
                return (order, x => new OpDistinct(project with { Input = x }), true);
            case OpReduced { Input: OpProject { Input: OpOrderBy order } project } when ReadsOnly(order, project.Variables):
                return (order, x => new OpReduced(project with { Input = x }), true);
            default:
                return null;
        }
    }

    private static Op TopOf((OpOrderBy Order, Func<Op, Op> Rebuild, bool Outside) sorted, long limit)
    {
        var (order, rebuild, outside) = sorted;
        if (outside)
        {
            // Keep the first `limit` distinct solutions: the sort moves above DISTINCT, then the top-N replaces it.
            return new OpTopN(rebuild(order.Input), limit, order.Conditions);
        }

        return rebuild(new OpTopN(RequiredFirst(order.Input, limit, order.Conditions), limit, order.Conditions));
    }

    /// <summary>
    /// For left joins whose keys read only variables certainly bound by the innermost required side L, puts a top-N on L:
    /// each solution of L gives at least one solution of the left joins, all with L's key values.
    /// </summary>
    private static Op RequiredFirst(Op op, long limit, ValueArray<OrderCondition> conditions)
    {
        if (op is not OpLeftJoin)
        {
            return op;
        }

        var chain = new Stack<OpLeftJoin>();
        var required = op;
        while (required is OpLeftJoin leftJoin)
        {
            chain.Push(leftJoin);
            required = leftJoin.Left;
        }

        var certain = VariableUsage.Certain(required);
        if (!conditions.All(c => VariableUsage.IsDeterministic(c.Expression) && VariableUsage.Of(c.Expression).IsSubsetOf(certain)))
        {
            return op;
        }

        Op result = new OpTopN(required, limit, conditions);
        while (chain.Count > 0)
        {
            result = chain.Pop() with { Left = result };
        }

        return result;
    }

    private static bool ReadsOnly(OpOrderBy order, ValueArray<Variable> variables) =>
        order.Conditions.All(c => VariableUsage.IsDeterministic(c.Expression) && VariableUsage.Of(c.Expression).IsSubsetOf(variables));
}
