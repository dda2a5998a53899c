using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// DISTINCT/REDUCED handling: REDUCED or DISTINCT over DISTINCT is that DISTINCT, DISTINCT over REDUCED is DISTINCT
/// alone, REDUCED over REDUCED is one; DISTINCT or REDUCED over an operator with at most one solution (a table of one row,
/// a group without keys, a top-1) is dropped, and so is DISTINCT over a projection that keeps every key of a group
/// below it (each group is one solution with its own key values).
/// </summary>
internal sealed class DistinctReducedPass : IOptimizerPass
{
    public string Name => "distinct-reduced";

    public Op Rewrite(Op op, OptimizerContext context) => OpTransformer.Transform(op, node => node switch
    {
        OpReduced { Input: OpDistinct or OpReduced } reduced => reduced.Input,
        OpDistinct { Input: OpDistinct } distinct => distinct.Input,
        OpDistinct { Input: OpReduced inner } => new OpDistinct(inner.Input),
        OpDistinct distinct when AtMostOne(distinct.Input) || GroupKeysKept(distinct.Input) => distinct.Input,
        OpReduced reduced when AtMostOne(reduced.Input) => reduced.Input,
        _ => node,
    });

    private static bool AtMostOne(Op op) => op switch
    {
        OpValues values => values.Rows.Count <= 1,
        OpGroup group => group.Keys.Count == 0,
        OpTopN top => top.Limit <= 1,
        OpSlice slice => slice.Length <= 1 || AtMostOne(slice.Input),
        OpProject project => AtMostOne(project.Input),
        OpExtend extend => AtMostOne(extend.Input),
        OpFilter filter => AtMostOne(filter.Input),
        OpOrderBy orderBy => AtMostOne(orderBy.Input),
        OpDistinct distinct => AtMostOne(distinct.Input),
        OpReduced reduced => AtMostOne(reduced.Input),
        _ => false,
    };

    /// <summary>True for a projection, over extends and filters of a group, that keeps all the group's keys.</summary>
    private static bool GroupKeysKept(Op op)
    {
        if (op is not OpProject project)
        {
            return false;
        }

        var input = project.Input;
        while (input is OpExtend or OpFilter or OpOrderBy)
        {
            input = input switch
            {
                OpExtend extend => extend.Input,
                OpFilter filter => filter.Input,
                _ => ((OpOrderBy)input).Input,
            };
        }

        return input is OpGroup group && group.Keys.Count > 0 && group.Keys.All(project.Variables.Contains);
    }
}
