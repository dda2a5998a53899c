using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// BGP merging: a join of two basic graph patterns is one basic graph pattern of both pattern lists (§18.2.2.8: a group
/// of triples is one BGP whatever its layout), so the whole group is ordered and scanned as one index nested-loop join
/// instead of two materialized sides of a hash join. A chain <c>(join (join X A) B)</c> merges its trailing BGPs.
/// </summary>
internal sealed class BgpMergePass : IOptimizerPass
{
    public string Name => "bgp-merge";

    public Op Rewrite(Op op, OptimizerContext context) => OpTransformer.Transform(op, node => node switch
    {
        OpJoin { Left: OpBgp left, Right: OpBgp right } => Merge(left, right),
        OpJoin { Left: OpJoin { Right: OpBgp inner } chain, Right: OpBgp right } => OpJoin.Create(chain.Left, Merge(inner, right)),
        _ => node,
    });

    private static OpBgp Merge(OpBgp left, OpBgp right) => new(ValueArray.Create<TriplePattern>([.. left.Patterns, .. right.Patterns]));
}
