namespace ValueFlows.Sparql.Algebra;

/// <summary>A triple pattern (<see href="https://www.w3.org/TR/sparql11-query/#defn_TriplePattern"/>).</summary>
/// <param name="Subject">The subject position.</param>
/// <param name="Predicate">The predicate position.</param>
/// <param name="Object">The object position.</param>
public sealed record TriplePattern(TermPattern Subject, TermPattern Predicate, TermPattern Object)
{
    /// <summary>The pattern as SSE: <c>(triple ?s ?p ?o)</c>.</summary>
    public override string ToString() => SseWriter.Write(this);
}
