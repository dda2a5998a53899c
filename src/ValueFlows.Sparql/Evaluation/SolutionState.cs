using System.Runtime.CompilerServices;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// What expressions share across one query: its base IRI, the time NOW returns, and the blank nodes BNODE(str) made for
/// each solution (the same string gives the same blank node within a solution, also after BIND extends it).
/// </summary>
internal sealed class SolutionState
{
    public SolutionState(Iri? baseIri) => BaseIri = baseIri;

    public Iri? BaseIri { get; }

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public ConditionalWeakTable<TermId[], Dictionary<string, BlankNode>> BlankNodes { get; } = [];

    /// <summary>Lets an extended copy of a solution keep the blank nodes made for the original.</summary>
    public void Carry(TermId[] from, TermId[] to)
    {
        if (BlankNodes.TryGetValue(from, out var map))
        {
            BlankNodes.AddOrUpdate(to, map);
        }
    }
}
