using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// The optimizer: an ordered list of named passes applied once each (Jena ARQ's <c>Optimize</c>, Oxigraph's
/// <c>sparopt</c>). Every pass keeps the solutions of the query (as a multiset, and in the order ORDER BY fixes).
/// </summary>
internal sealed class QueryOptimizer
{
    public QueryOptimizer(IEnumerable<IOptimizerPass> passes) => Passes = [.. passes];

    /// <summary>The passes in the order the evaluator runs them.</summary>
    public static QueryOptimizer Default { get; } = new(
    [
        new ConstantFoldingPass(),
        new BgpMergePass(),
        new OptionalFilterPass(),
        new FilterPlacementPass(),
        new FilterEqualityPass(),
        new JoinReorderPass(),
        new TopNPass(),
        new DistinctReducedPass(),
    ]);

    public IReadOnlyList<IOptimizerPass> Passes { get; }

    public Op Optimize(Op op, OptimizerContext context)
    {
        foreach (var pass in Passes)
        {
            op = pass.Rewrite(op, context);
        }

        return op;
    }
}
