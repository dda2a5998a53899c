namespace ValueFlows.Store.Durability;

/// <summary>What a log record holds.</summary>
internal enum LogRecordKind : byte
{
    /// <summary>Removed and added quads of one transaction.</summary>
    Changes = 1,

    /// <summary>A bulk load whose quads are in an immutable file of the archive.</summary>
    BulkLoad = 2,
}
