using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary>The quads records are read from: a snapshot, or a write transaction with its own changes.</summary>
internal interface IRecordQuads
{
    IEnumerable<Quad> Quads(Term? subject, Iri? predicate, Term? @object);
}
