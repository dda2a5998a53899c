namespace ValueFlows.Store;

/// <summary>Why a <see cref="StoreException"/> was thrown.</summary>
public enum StoreErrorKind
{
    /// <summary>Another process holds the data directory.</summary>
    InUse,

    /// <summary>The data directory was created with another base IRI.</summary>
    BaseIriMismatch,

    /// <summary>The data directory was written by another format version.</summary>
    FormatVersion,

    /// <summary>A log segment is damaged before its end (a torn tail is repaired instead, with a warning).</summary>
    CorruptLog,

    /// <summary>A snapshot or bulk-load file fails its checksum or cannot be read.</summary>
    CorruptSnapshot,

    /// <summary>The snapshot that the log continues from is missing and the archive cannot replace it.</summary>
    MissingSnapshot,

    /// <summary>A write to the log failed and could not be undone; the store refuses further writes.</summary>
    Faulted,
}
