using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>One named rewrite of the algebra (Jena ARQ's <c>Transform</c> steps): the result has the same solutions.</summary>
internal interface IOptimizerPass
{
    /// <summary>The pass's name, as listed in docs/optimizer.md.</summary>
    string Name { get; }

    /// <summary>The rewritten operator tree; <paramref name="op"/> itself when nothing applies.</summary>
    Op Rewrite(Op op, OptimizerContext context);
}
