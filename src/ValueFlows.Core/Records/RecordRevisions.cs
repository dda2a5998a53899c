using ValueFlows.Core.Model;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Records;

/// <summary>The sequence numbers that changed a record: its IRI's and its hash nodes' (DECISIONS 1, 2).</summary>
internal static class RecordRevisions
{
    public static IReadOnlyList<long> Of(StoreSnapshot snapshot, Iri id, VfRecordType? type)
    {
        var seqs = new SortedSet<long>(snapshot.GetRevisions(id));
        // A deleted record has no type any more: any type's hash nodes may have carried its revisions.
        var fields = (type?.Fields ?? VfModel.Types.SelectMany(t => t.Fields)).Where(f => f.IsHashNode).DistinctBy(f => f.Name);
        foreach (var field in fields)
        {
            seqs.UnionWith(snapshot.GetRevisions(RecordCodec.HashNode(id, field)));
        }

        return [.. seqs];
    }

    public static long Latest(StoreSnapshot snapshot, Iri id, VfRecordType? type)
    {
        var seqs = Of(snapshot, id, type);
        return seqs.Count == 0 ? 0 : seqs[^1];
    }
}
