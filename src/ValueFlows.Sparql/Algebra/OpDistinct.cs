namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Distinct(pattern)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algDistinct"/>).</summary>
/// <param name="Input">The pattern whose duplicate solutions are removed.</param>
public sealed record OpDistinct(Op Input) : Op;
