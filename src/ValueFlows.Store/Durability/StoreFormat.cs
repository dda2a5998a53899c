namespace ValueFlows.Store.Durability;

/// <summary>The on-disk format version and the magic numbers of the store's files.</summary>
internal static class StoreFormat
{
    /// <summary>Bumped on any change to the files' layout or to <see cref="ValueFlows.Sparql.Evaluation.InlineLiteralCodec"/>.</summary>
    public const int Version = 1;

    public const ulong LogMagic = 0x31474F4C54534656; // "VFSTLOG1"
    public const ulong SnapshotMagic = 0x50414E5354534656; // "VFSTSNAP"
    public const ulong BulkMagic = 0x4B4C554254534656; // "VFSTBULK"
    public const uint RecordMagic = 0x564C5243; // "CRLV"
    public const int SegmentHeaderSize = 32;
    public const int RecordHeaderSize = 16;
}
