namespace ValueFlows.Store.Durability;

/// <summary>An immutable archive file of bulk-loaded quads, as a bulk-load log record names it.</summary>
internal sealed record BulkFileInfo(string FileName, long QuadCount, long Length, uint Checksum);
