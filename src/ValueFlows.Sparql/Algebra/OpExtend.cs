namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>Extend(pattern, var, expr)</c>, from <c>BIND</c> and select expressions (<see
/// href="https://www.w3.org/TR/sparql11-query/#defn_extend"/>).
/// </summary>
/// <param name="Input">The extended pattern.</param>
/// <param name="Variable">The new variable.</param>
/// <param name="Expression">Its value.</param>
public sealed record OpExtend(Op Input, Variable Variable, Expression Expression) : Op;
