namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>LeftJoin(left, right, expr)</c>, from <c>OPTIONAL</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algLeftJoin"/>).
/// </summary>
/// <param name="Left">The required pattern.</param>
/// <param name="Right">The optional pattern.</param>
/// <param name="Condition">The filter of the optional part, or null for <c>true</c>.</param>
public sealed record OpLeftJoin(Op Left, Op Right, Expression? Condition) : Op;
