namespace ValueFlows.Core.Records;

/// <summary>One revision of a record: its revision id and the sequence number of the transaction that wrote it.</summary>
public sealed record VfRevision(string Id, long Sequence);
