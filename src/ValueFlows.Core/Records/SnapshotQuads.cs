using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Records;

/// <summary>The default graph of a snapshot (DECISIONS 5: Core reads and writes the stored default graph).</summary>
internal sealed class SnapshotQuads(StoreSnapshot snapshot) : IRecordQuads
{
    public IEnumerable<Quad> Quads(Term? subject, Iri? predicate, Term? @object) => snapshot.GetQuads(subject, predicate, @object, null);
}
