namespace ValueFlows.Store;

/// <summary>Settings of a <see cref="QuadStore"/>.</summary>
public sealed record QuadStoreOptions
{
    /// <summary>The defaults.</summary>
    public static QuadStoreOptions Default { get; } = new();

    /// <summary>
    /// The base IRI the data directory belongs to (DECISIONS.md 24): recorded when first given, refused when it differs
    /// from the recorded one; null leaves the directory's as it is.
    /// </summary>
    public string? BaseIri { get; init; }

    /// <summary>Where warnings go (a torn log tail cut off at start, a rebuild from the archive); default: standard error.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>Start a background checkpoint once the active log holds this many bytes.</summary>
    public long CheckpointLogBytes { get; init; } = 64L << 20;

    /// <summary>Start a background checkpoint after each bulk load, so that a restart loads a snapshot instead of replaying it.</summary>
    public bool CheckpointAfterBulkLoad { get; init; } = true;
}
