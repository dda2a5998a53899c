using ValueFlows.Core.Model;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Records;

/// <summary>
/// Reads of one committed state (a snapshot: repeatable for the context's lifetime, DECISIONS 6): single records,
/// many records in one call (for batch loading), inverse relations, revision metadata and lists. Thread-safe.
/// </summary>
public sealed partial class VfReadContext : IDisposable
{
    private readonly SnapshotQuads _quads;
    private readonly QuadStore _store;

    internal VfReadContext(QuadStore store, StoreSnapshot snapshot)
    {
        _store = store;
        Snapshot = snapshot;
        _quads = new SnapshotQuads(snapshot);
    }

    /// <summary>The snapshot read (also usable with <c>SparqlEvaluator</c>).</summary>
    public StoreSnapshot Snapshot { get; }

    internal IRecordQuads Quads => _quads;

    /// <summary>The record <paramref name="id"/> of any VF type, or null when there is none.</summary>
    public VfRecord? Get(Iri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var type = RecordCodec.TypeOf(_quads, id);
        return type is null ? null : RecordCodec.Read(_quads, id, RecordRevisions.Latest(Snapshot, id, type));
    }

    /// <summary>The record <paramref name="id"/> if it is one of <paramref name="types"/>, else null.</summary>
    public VfRecord? Get(Iri id, params IReadOnlyList<VfRecordType> types)
    {
        var record = Get(id);
        return record is not null && (types.Count == 0 || types.Contains(record.Type)) ? record : null;
    }

    /// <summary>The records for <paramref name="ids"/> in one call, aligned with the input (null where there is no record).</summary>
    public IReadOnlyList<VfRecord?> GetMany(IReadOnlyList<Iri> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var seen = new Dictionary<Iri, VfRecord?>();
        var result = new VfRecord?[ids.Count];
        for (int i = 0; i < ids.Count; i++)
        {
            if (!seen.TryGetValue(ids[i], out var record))
            {
                seen[ids[i]] = record = Get(ids[i]);
            }

            result[i] = record;
        }

        return result;
    }

    /// <summary>
    /// The records an inverse field of <paramref name="id"/> finds (e.g. <c>Process.observedInputs</c> = the events whose
    /// <c>vf:inputOf</c> is the process), in creation order. For paged inverse connections use a list with a field filter.
    /// </summary>
    public IReadOnlyList<Iri> GetInverse(Iri id, VfField inverse)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(inverse);
        if (!inverse.IsInverse)
        {
            throw new ArgumentException($"'{inverse.Name}' is not an inverse field.", nameof(inverse));
        }

        return [.. _quads.Quads(null, inverse.Predicate, id)
            .Select(q => q.Subject)
            .OfType<Iri>()
            .Distinct()
            .Where(s => RecordCodec.TypeOf(_quads, s) is { } t && inverse.Targets!.Contains(t.Name, StringComparer.Ordinal))
            .OrderBy(s => s.Value, StringComparer.Ordinal)];
    }

    /// <summary>Every revision of record <paramref name="id"/>, oldest first (empty when it has none).</summary>
    public IReadOnlyList<VfRevision> GetRevisions(Iri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return [.. RecordRevisions.Of(Snapshot, id, RecordCodec.TypeOf(_quads, id)).Select(s => new VfRevision(VfRevisionId.Format(id, s), s))];
    }

    /// <summary>
    /// The <c>meta</c> of a record read at <paramref name="retrievedSequence"/> (its latest revision when null); null
    /// when the record has no revisions.
    /// </summary>
    public VfRecordMeta? GetMeta(Iri id, long? retrievedSequence = null)
    {
        var all = GetRevisions(id);
        if (all.Count == 0)
        {
            return null;
        }

        long retrieved = retrievedSequence ?? all[^1].Sequence;
        int at = 0;
        while (at < all.Count && all[at].Sequence < retrieved)
        {
            at++;
        }

        var current = at < all.Count && all[at].Sequence == retrieved ? all[at] : new VfRevision(VfRevisionId.Format(id, retrieved), retrieved);
        int future = all.Count(r => r.Sequence > retrieved);
        return new VfRecordMeta(current, at > 0 ? all[at - 1] : null, at, future, all[^1]) { All = all };
    }

    /// <summary>Releases the snapshot.</summary>
    public void Dispose() => Snapshot.Dispose();
}
