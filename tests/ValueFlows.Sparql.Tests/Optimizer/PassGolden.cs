using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Tests.Optimizer;

/// <summary>Runs one pass on SSE input and returns the SSE it writes, for golden tests.</summary>
internal static class PassGolden
{
    public static string Run(IOptimizerPass pass, string input, OptimizerContext? context = null) =>
        pass.Rewrite(Op.ParseSse(input), context ?? OptimizerContext.Empty).ToSse();
}
