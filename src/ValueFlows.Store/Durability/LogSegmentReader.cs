using System.Buffers.Binary;

namespace ValueFlows.Store.Durability;

/// <summary>
/// Reads a log segment and checks every record. A damaged record after which no valid record follows is a torn tail
/// (the crash interrupted the last append): <see cref="GoodLength"/> says where to cut. A damaged record followed by
/// valid ones is corruption: <see cref="Read"/> throws <see cref="StoreException"/> naming the file and offset.
/// </summary>
internal sealed class LogSegmentReader
{
    private readonly byte[] _data;
    private readonly List<(int Offset, int Length)> _bodies = [];

    private LogSegmentReader(string path, byte[] data)
    {
        Path = path;
        _data = data;
    }

    public string Path { get; }

    public long FirstSequence { get; private set; }

    /// <summary>The length of the segment up to the end of its last valid record.</summary>
    public long GoodLength { get; private set; }

    /// <summary>True when the file ended in a partial record (or a partial header) that must be cut off.</summary>
    public bool HasTornTail => GoodLength < _data.Length;

    /// <summary>True when not even the segment header was written completely (a crash right after creating it).</summary>
    public bool IsTornHeader { get; private set; }

    public int RecordCount => _bodies.Count;

    public ReadOnlySpan<byte> Body(int record) => _data.AsSpan(_bodies[record].Offset, _bodies[record].Length);

    public long RecordOffset(int record) => _bodies[record].Offset - StoreFormat.RecordHeaderSize;

    public static LogSegmentReader Read(string path)
    {
        var reader = new LogSegmentReader(path, File.ReadAllBytes(path));
        reader.Parse();
        return reader;
    }

    private void Parse()
    {
        var data = _data;
        if (data.Length < StoreFormat.SegmentHeaderSize || BinaryPrimitives.ReadUInt64LittleEndian(data) == 0)
        {
            if (data.AsSpan().ContainsAnyExcept((byte)0) && data.Length >= StoreFormat.SegmentHeaderSize)
            {
                throw Corrupt(0, "the segment header is damaged");
            }

            IsTornHeader = true;
            GoodLength = 0;
            return;
        }

        if (BinaryPrimitives.ReadUInt64LittleEndian(data) != StoreFormat.LogMagic)
        {
            throw Corrupt(0, "this is not a log segment");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(24)) != Crc32C.Compute(data.AsSpan(0, 24)))
        {
            throw Corrupt(0, "the segment header fails its checksum");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8));
        if (version != StoreFormat.Version)
        {
            throw new StoreException(
                StoreErrorKind.FormatVersion,
                $"Log segment '{Path}' has format version {version}; this program reads version {StoreFormat.Version}.");
        }

        FirstSequence = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(16));
        int pos = StoreFormat.SegmentHeaderSize;
        while (pos < data.Length)
        {
            int length = ValidRecordAt(pos);
            if (length < 0)
            {
                for (int later = pos + 1; later + StoreFormat.RecordHeaderSize <= data.Length; later++)
                {
                    if (ValidRecordAt(later) >= 0)
                    {
                        throw Corrupt(pos, $"the record at offset {pos} fails its checksum and valid records follow it at offset {later}");
                    }
                }

                break;
            }

            _bodies.Add((pos + StoreFormat.RecordHeaderSize, length));
            pos += StoreFormat.RecordHeaderSize + length;
        }

        GoodLength = pos;
    }

    // The body length of a record that passes every check at this offset, else -1.
    private int ValidRecordAt(int pos)
    {
        var data = _data.AsSpan();
        if (data.Length - pos < StoreFormat.RecordHeaderSize
            || BinaryPrimitives.ReadUInt32LittleEndian(data[pos..]) != StoreFormat.RecordMagic
            || BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 12)..]) != Crc32C.Compute(data.Slice(pos, 12)))
        {
            return -1;
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(data[(pos + 4)..]);
        if (length < 0 || length > data.Length - pos - StoreFormat.RecordHeaderSize)
        {
            return -1;
        }

        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 8)..]);
        return Crc32C.Compute(data.Slice(pos + StoreFormat.RecordHeaderSize, length)) == crc ? length : -1;
    }

    private StoreException Corrupt(long offset, string detail) => new(
        StoreErrorKind.CorruptLog,
        $"Log segment '{Path}' is damaged at byte offset {offset}: {detail}. The store will not start, so that no committed " +
        "transaction is silently lost; restore the file from a backup, or move it away to give up its transactions.");
}
