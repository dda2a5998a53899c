namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Reduced(pattern)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algReduced"/>).</summary>
/// <param name="Input">The pattern whose duplicate solutions may be removed.</param>
public sealed record OpReduced(Op Input) : Op;
