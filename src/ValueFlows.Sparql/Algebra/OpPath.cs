namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>Path(X, path, Y)</c>, a property path pattern (<see href="https://www.w3.org/TR/sparql11-query/#defn_evalPP_predicate"/>).
/// </summary>
/// <param name="Subject">The subject end point.</param>
/// <param name="Path">The path expression.</param>
/// <param name="Object">The object end point.</param>
public sealed record OpPath(TermPattern Subject, PropertyPath Path, TermPattern Object) : Op;
