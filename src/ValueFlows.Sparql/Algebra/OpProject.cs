namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Project(pattern, vars)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algProjection"/>).</summary>
/// <param name="Input">The projected pattern.</param>
/// <param name="Variables">The variables kept, in order.</param>
public sealed record OpProject(Op Input, ValueArray<Variable> Variables) : Op;
