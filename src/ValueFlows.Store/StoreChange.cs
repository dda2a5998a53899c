using ValueFlows.Rdf;

namespace ValueFlows.Store;

/// <summary>
/// One committed transaction read back from the log history: its sequence number, commit time and the quads it
/// removed and added (filtered by the reader's subject test). A bulk load is reported with
/// <see cref="IsBulkLoad"/> and no quads (its archive file holds them).
/// </summary>
public sealed record StoreChange(long Sequence, DateTime CommitTimeUtc, IReadOnlyList<Quad> Removed, IReadOnlyList<Quad> Added)
{
    /// <summary>True for a bulk load (<c>vf import</c>): its quads are not listed.</summary>
    public bool IsBulkLoad { get; init; }
}
