using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Records;

/// <summary>The default graph as a write transaction sees it, its own changes included.</summary>
internal sealed class TransactionQuads(WriteTransaction transaction) : IRecordQuads
{
    public IEnumerable<Quad> Quads(Term? subject, Iri? predicate, Term? @object) => transaction.GetQuads(subject, predicate, @object, null);
}
