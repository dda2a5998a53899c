using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary><c>revision(revisionId)</c>: a record as of one of its revisions, rebuilt from the store's history.</summary>
public sealed partial class VfReadContext
{
    /// <summary>
    /// The record as the transaction of <paramref name="revisionId"/> left it (DECISIONS 2): the current record with the
    /// later transactions' changes undone. NOT_FOUND when the record never had that revision or its history is not
    /// kept (an in-memory store, a pruned archive, a bulk load).
    /// </summary>
    public VfRecord GetRevision(string revisionId)
    {
        var (id, seq) = VfRevisionId.Parse(revisionId);
        var revisions = RecordRevisions.Of(Snapshot, id, RecordCodec.TypeOf(_quads, id));
        if (!revisions.Contains(seq))
        {
            throw new VfDomainException(VfErrorCode.NotFound, $"{id.Value} has no revision {seq}.", "revisionId");
        }

        if (seq == revisions[^1] && Get(id) is { } current)
        {
            return current;
        }

        bool Own(Term s) => s.Equals(id) || RecordCodec.IsOwnNode(id, s);
        var history = _store.ReadHistory(seq, Snapshot.Sequence, Own);
        if (history is null || history.Any(c => c.IsBulkLoad && revisions.Contains(c.Sequence)))
        {
            throw new VfDomainException(VfErrorCode.NotFound, $"The history of {id.Value} at revision {seq} is not kept.", "revisionId");
        }

        var quads = RecordCodec.RecordQuads(_quads, id).ToHashSet();
        for (int i = history.Count - 1; i >= 0; i--)
        {
            foreach (var added in history[i].Added.Where(q => q.Graph is null))
            {
                quads.Remove(added);
            }

            foreach (var removed in history[i].Removed.Where(q => q.Graph is null))
            {
                quads.Add(removed);
            }
        }

        return RecordCodec.Read(new MemoryQuads(quads), id, seq)
            ?? throw new VfDomainException(VfErrorCode.NotFound, $"{id.Value} was not a VF record at revision {seq}.", "revisionId");
    }
}
