namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Filter(expr, pattern)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algFilter"/>).</summary>
/// <param name="Condition">The condition; several FILTERs of one group are joined by <c>&amp;&amp;</c>.</param>
/// <param name="Input">The filtered pattern.</param>
public sealed record OpFilter(Expression Condition, Op Input) : Op;
