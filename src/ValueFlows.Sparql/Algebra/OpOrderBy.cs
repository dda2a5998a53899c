namespace ValueFlows.Sparql.Algebra;

/// <summary><c>OrderBy(pattern, conditions)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algOrdered"/>).</summary>
/// <param name="Input">The ordered pattern.</param>
/// <param name="Conditions">The sort keys, most significant first.</param>
public sealed record OpOrderBy(Op Input, ValueArray<OrderCondition> Conditions) : Op;
