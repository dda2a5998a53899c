using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// OPTIONAL/FILTER safety (§18.2.2.5): the filter of an OPTIONAL is the left join's condition and stays in the left join,
/// evaluated on the merged solution; only a conjunct that reads nothing but variables the optional side certainly binds
/// (so the merged solution holds that side's values) moves into the optional side as a filter, where it removes
/// candidates before the join. A conjunct reading a variable of the required side, or one only possibly bound, stays
/// in the condition; EXISTS always stays.
/// </summary>
internal sealed class OptionalFilterPass : IOptimizerPass
{
    public string Name => "optional-filter";

    public Op Rewrite(Op op, OptimizerContext context) => OpTransformer.Transform(op, node => node is OpLeftJoin { Condition: { } condition } leftJoin ? Split(leftJoin, condition) : node);

    private static OpLeftJoin Split(OpLeftJoin leftJoin, Expression condition)
    {
        var certain = VariableUsage.Certain(leftJoin.Right);
        List<Expression> inside = [], kept = [];
        foreach (var c in VariableUsage.Conjuncts(condition))
        {
            (!VariableUsage.ContainsExists(c) && VariableUsage.Of(c).IsSubsetOf(certain) ? inside : kept).Add(c);
        }

        return inside.Count == 0 ? leftJoin : new OpLeftJoin(leftJoin.Left, VariableUsage.Filter(inside, leftJoin.Right), VariableUsage.Conjoin(kept));
    }
}
