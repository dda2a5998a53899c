using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Update;

/// <summary>A triple pattern in a graph, as INSERT/DELETE templates and data hold them; a null graph is the default graph.</summary>
/// <param name="Subject">The subject position.</param>
/// <param name="Predicate">The predicate position.</param>
/// <param name="Object">The object position.</param>
/// <param name="Graph">The graph IRI or variable, or null for the default graph.</param>
public sealed record QuadPattern(TermPattern Subject, TermPattern Predicate, TermPattern Object, TermPattern? Graph);
