namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A basic graph pattern, <c>BGP(triples)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_BasicGraphPattern"/>).
/// </summary>
/// <param name="Patterns">The triple patterns; none for the empty pattern Z.</param>
public sealed record OpBgp(ValueArray<TriplePattern> Patterns) : Op
{
    /// <summary>The empty basic graph pattern Z, the identity of join.</summary>
    public static OpBgp Empty { get; } = new(ValueArray<TriplePattern>.Empty);

    /// <summary>True for the empty pattern Z.</summary>
    public bool IsEmpty => Patterns.Count == 0;
}
