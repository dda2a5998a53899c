namespace ValueFlows.Core.Records;

/// <summary>vf-graphql's <c>RecordMeta</c>: where a retrieved revision sits among all revisions of its record.</summary>
public sealed record VfRecordMeta(VfRevision Retrieved, VfRevision? Previous, int PreviousCount, int FutureCount, VfRevision Latest)
{
    /// <summary>Every revision of the record, oldest first.</summary>
    public IReadOnlyList<VfRevision> All { get; init; } = [];
}
