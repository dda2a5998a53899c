using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary>A committed VF transaction: its sequence number and the records it wrote.</summary>
public sealed record VfCommit(long Sequence, IReadOnlyList<Iri> Written)
{
    /// <summary>The revision id a record written by this transaction now has.</summary>
    public string RevisionIdOf(Iri record) => VfRevisionId.Format(record, Sequence);
}
