using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary>A small set of default-graph quads (a record rebuilt as of a past revision).</summary>
internal sealed class MemoryQuads(IReadOnlyCollection<Quad> quads) : IRecordQuads
{
    public IEnumerable<Quad> Quads(Term? subject, Iri? predicate, Term? @object) =>
        quads.Where(q => (subject is null || q.Subject.Equals(subject)) && (predicate is null || q.Predicate.Equals(predicate))
            && (@object is null || q.Object.Equals(@object)));
}
