namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Union(left, right)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algUnion"/>).</summary>
/// <param name="Left">The left pattern.</param>
/// <param name="Right">The right pattern.</param>
public sealed record OpUnion(Op Left, Op Right) : Op;
