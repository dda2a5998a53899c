using System.Buffers.Binary;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store.Durability;

/// <summary>
/// Writes the immutable archive file of one bulk load (DECISIONS.md 4): its log record points here instead of repeating
/// the quads. Layout: a header (magic, format version, sequence number), blocks (<c>u32</c> length + quads), a trailer
/// (magic, quad count, CRC-32C of everything before it). A quad is four term references; a term is spelled out
/// (<see cref="LogTermCodec"/>) the first time it appears and referred to by its label afterwards.
/// </summary>
internal sealed class BulkFileWriter : IDisposable
{
    public const ulong TrailerMagic = 0x444E4B4C55424656; // "VFBULKND"
    private const int BlockLimit = 1 << 20;

    private readonly TermDictionary _dictionary;
    private readonly FileStream _stream;
    private readonly RecordBuffer _block = new(BlockLimit + 4096);
    private ulong[] _written = new ulong[1024];
    private Crc32C _crc = new();
    private bool _finished;

    public BulkFileWriter(string temporaryPath, long sequence, TermDictionary dictionary)
    {
        TemporaryPath = temporaryPath;
        _dictionary = dictionary;
        _stream = new FileStream(temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Span<byte> header = stackalloc byte[24];
        header.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(header, StoreFormat.BulkMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], StoreFormat.Version);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], sequence);
        WriteRaw(header);
        _block.Advance(4);
    }

    public string TemporaryPath { get; }

    public long QuadCount { get; private set; }

    /// <summary>Bytes written so far.</summary>
    public long Length => _stream.Position + _block.Length;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Write(TermId subject, TermId predicate, TermId @object, TermId graph)
    {
        WriteTerm(subject);
        WriteTerm(predicate);
        WriteTerm(@object);
        WriteTerm(graph);
        QuadCount++;
        if (_block.Length >= BlockLimit)
        {
            FlushBlock();
        }
    }

    /// <summary>Completes the file, fsyncs it and renames it to <paramref name="finalPath"/>.</summary>
    public BulkFileInfo Finish(string finalPath)
    {
        FlushBlock();
        Span<byte> trailer = stackalloc byte[20];
        BinaryPrimitives.WriteUInt64LittleEndian(trailer, TrailerMagic);
        BinaryPrimitives.WriteInt64LittleEndian(trailer[8..], QuadCount);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[16..], _crc.Value);
        uint checksum = _crc.Value;
        _stream.Write(trailer);
        _stream.Flush(flushToDisk: true);
        long length = _stream.Length;
        _stream.Dispose();
        File.Move(TemporaryPath, finalPath);
        FileSync.Directory(Path.GetDirectoryName(finalPath)!);
        _finished = true;
        return new BulkFileInfo(Path.GetFileName(finalPath), QuadCount, length, checksum);
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (!_finished && File.Exists(TemporaryPath))
        {
            File.Delete(TemporaryPath);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void WriteTerm(TermId id)
    {
        if (id == TermId.DefaultGraph)
        {
            _block.WriteVarint(3);
            return;
        }

        if (id.IsInline)
        {
            _block.WriteVarint(2);
            _block.WriteUInt64(id.Value);
            return;
        }

        long label = id.DictionaryIndex;
        long word = label >> 6;
        if (word >= _written.Length)
        {
            Array.Resize(ref _written, (int)Math.Max(word + 1, _written.Length * 2L));
        }

        ulong bit = 1UL << (int)(label & 63);
        if ((_written[word] & bit) != 0)
        {
            _block.WriteVarint((ulong)label << 2);
            return;
        }

        _written[word] |= bit;
        _block.WriteVarint(((ulong)label << 2) | 1);
        LogTermCodec.Write(_block, _dictionary, id);
    }

    private void FlushBlock()
    {
        int bodyLength = _block.Length - 4;
        if (bodyLength == 0)
        {
            return;
        }

        BinaryPrimitives.WriteInt32LittleEndian(_block.Array, bodyLength);
        WriteRaw(_block.Written);
        _block.Clear();
        _block.Advance(4);
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        _crc.Append(bytes);
        _stream.Write(bytes);
    }
}
