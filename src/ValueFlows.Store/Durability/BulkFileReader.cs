using System.Buffers.Binary;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store.Durability;

/// <summary>Replays a bulk-load archive file (<see cref="BulkFileWriter"/>) into the dictionary, checking it as it goes.</summary>
internal static class BulkFileReader
{
    /// <summary>Calls <paramref name="quad"/> for every quad of the file, with ids interned into <paramref name="dictionary"/>.</summary>
    public static void Read(string path, BulkFileInfo expected, TermDictionary dictionary, Action<TermId, TermId, TermId, TermId> quad)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        if (stream.Length != expected.Length)
        {
            throw Corrupt(path, 0, $"its length is {stream.Length}, the log record says {expected.Length}");
        }

        var crc = new Crc32C();
        Span<byte> header = stackalloc byte[24];
        stream.ReadExactly(header);
        crc.Append(header);
        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != StoreFormat.BulkMagic)
        {
            throw Corrupt(path, 0, "this is not a bulk-load file");
        }

        if (BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != StoreFormat.Version)
        {
            throw new StoreException(StoreErrorKind.FormatVersion, $"Bulk-load file '{path}' has another format version.");
        }

        var labels = new ulong[1024];
        var scratch = new RecordBuffer();
        var block = Array.Empty<byte>();
        Span<TermId> ids = stackalloc TermId[4];
        long quads = 0;
        long trailerStart = stream.Length - 20;
        Span<byte> lengthBytes = stackalloc byte[4];
        while (stream.Position < trailerStart)
        {
            long blockOffset = stream.Position;
            stream.ReadExactly(lengthBytes);
            crc.Append(lengthBytes);
            int length = BinaryPrimitives.ReadInt32LittleEndian(lengthBytes);
            if (length <= 0 || length > trailerStart - stream.Position)
            {
                throw Corrupt(path, blockOffset, "a block length is out of range");
            }

            if (block.Length < length)
            {
                block = new byte[length];
            }

            stream.ReadExactly(block.AsSpan(0, length));
            crc.Append(block.AsSpan(0, length));
            try
            {
                var reader = new ByteReader(block.AsSpan(0, length));
                while (!reader.AtEnd)
                {
                    for (int i = 0; i < 4; i++)
                    {
                        ids[i] = ReadTerm(ref reader, ref labels, dictionary, scratch);
                    }

                    quad(ids[0], ids[1], ids[2], ids[3]);
                    quads++;
                }
            }
            catch (InvalidDataException e)
            {
                throw Corrupt(path, blockOffset, e.Message);
            }
        }

        Span<byte> trailer = stackalloc byte[20];
        stream.ReadExactly(trailer);
        if (BinaryPrimitives.ReadUInt64LittleEndian(trailer) != BulkFileWriter.TrailerMagic
            || BinaryPrimitives.ReadInt64LittleEndian(trailer[8..]) != quads || quads != expected.QuadCount
            || BinaryPrimitives.ReadUInt32LittleEndian(trailer[16..]) != crc.Value || crc.Value != expected.Checksum)
        {
            throw Corrupt(path, trailerStart, "the checksum or quad count does not match");
        }
    }

    private static TermId ReadTerm(ref ByteReader reader, ref ulong[] labels, TermDictionary dictionary, RecordBuffer scratch)
    {
        ulong r = reader.ReadVarint();
        switch (r & 3)
        {
            case 3:
                return TermId.DefaultGraph;
            case 2:
                return new TermId(reader.ReadUInt64());
            case 1:
                var id = LogTermCodec.ReadAndIntern(ref reader, dictionary, scratch);
                ulong label = r >> 2;
                if (label >= (ulong)labels.Length)
                {
                    Array.Resize(ref labels, (int)Math.Max(label + 1, (ulong)labels.Length * 2));
                }

                labels[label] = id.Value + 1;
                return id;
            default:
                ulong known = r >> 2;
                if (known >= (ulong)labels.Length || labels[known] == 0)
                {
                    throw new InvalidDataException($"Term label {known} is used before it is defined.");
                }

                return new TermId(labels[known] - 1);
        }
    }

    private static StoreException Corrupt(string path, long offset, string detail) => new(
        StoreErrorKind.CorruptSnapshot,
        $"Bulk-load file '{path}' is damaged at byte offset {offset}: {detail}. Restore it from a backup; the store will not start without it.");
}
