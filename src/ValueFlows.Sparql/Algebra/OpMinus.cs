namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Minus(left, right)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algMinus"/>).</summary>
/// <param name="Left">The pattern kept.</param>
/// <param name="Right">The pattern whose compatible solutions are removed.</param>
public sealed record OpMinus(Op Left, Op Right) : Op;
