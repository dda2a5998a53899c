using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace ValueFlows.Store.Durability;

/// <summary>
/// Appends records to one log segment file. <see cref="Append"/> returns only after the record is on disk (fsync), so a
/// commit it acknowledges survives a crash. A failed append is cut off again so the segment never holds half a record
/// followed by more records.
/// </summary>
internal sealed class LogSegmentWriter : IDisposable
{
    private readonly SafeFileHandle _handle;

    private LogSegmentWriter(string path, SafeFileHandle handle, long firstSequence, long length)
    {
        Path = path;
        _handle = handle;
        FirstSequence = firstSequence;
        Length = length;
    }

    public string Path { get; }

    public long FirstSequence { get; }

    public long Length { get; private set; }

    /// <summary>True when no record has been appended.</summary>
    public bool IsEmpty => Length <= StoreFormat.SegmentHeaderSize;

    public static LogSegmentWriter Create(string path, long firstSequence)
    {
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read);
        Span<byte> header = stackalloc byte[StoreFormat.SegmentHeaderSize];
        header.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(header, StoreFormat.LogMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], StoreFormat.Version);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], firstSequence);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Crc32C.Compute(header[..24]));
        RandomAccess.Write(handle, header, 0);
        RandomAccess.FlushToDisk(handle);
        FileSync.Directory(System.IO.Path.GetDirectoryName(path)!);
        return new LogSegmentWriter(path, handle, firstSequence, StoreFormat.SegmentHeaderSize);
    }

    /// <summary>Opens an existing segment to append after its last good record at <paramref name="length"/>.</summary>
    public static LogSegmentWriter OpenForAppend(string path, long firstSequence, long length)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        return new LogSegmentWriter(path, handle, firstSequence, length);
    }

    /// <summary>
    /// Writes one record and fsyncs. <paramref name="record"/> holds <see cref="StoreFormat.RecordHeaderSize"/> bytes of
    /// room for the framing (filled in here) followed by the body.
    /// </summary>
    public void Append(Span<byte> record)
    {
        var header = record[..StoreFormat.RecordHeaderSize];
        var body = record[StoreFormat.RecordHeaderSize..];
        BinaryPrimitives.WriteUInt32LittleEndian(header, StoreFormat.RecordMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc32C.Compute(body));
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], Crc32C.Compute(header[..12]));
        long start = Length;
        try
        {
            RandomAccess.Write(_handle, record, start);
            RandomAccess.FlushToDisk(_handle);
            Length = start + record.Length;
        }
        catch
        {
            RandomAccess.SetLength(_handle, start);
            RandomAccess.FlushToDisk(_handle);
            throw;
        }
    }

    public void Dispose() => _handle.Dispose();
}
