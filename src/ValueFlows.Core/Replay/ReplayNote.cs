using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>Input a replay read but did not write (a property no VF field stores, a quad outside the default graph).</summary>
/// <param name="Subject">The subject of the quads left out.</param>
/// <param name="Predicate">Their predicate.</param>
/// <param name="Reason">Why they were left out.</param>
public sealed record ReplayNote(Term Subject, Iri Predicate, string Reason);
