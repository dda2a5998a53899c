using System.Buffers.Binary;
using System.Runtime.InteropServices;
using ValueFlows.Store.Indexing;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store.Durability;

/// <summary>
/// A checkpoint of one version: header (magic, format version, sequence number, commit time, term count), then sections
/// (<c>u32</c> id, <c>u64</c> item count, <c>u64</c> byte length, the bytes, <c>u32</c> CRC-32C): the dictionary
/// entries, the nine index orders as raw sorted keys and the revision index. Loading reads each section straight into
/// its final array and checks its checksum; nothing is re-sorted or re-parsed.
/// </summary>
internal static class SnapshotFile
{
    private const int HeaderSize = 48;
    private const uint DictionarySection = 1;
    private const uint TripleSectionBase = 10;
    private const uint QuadSectionBase = 20;
    private const uint RevisionSection = 30;
    private const uint EndSection = 0xFFFF_FFFF;

    public static string FileName(long sequence) => $"snapshot-{sequence:D20}.vfs";

    /// <summary>Writes <paramref name="version"/> to <paramref name="path"/> (via a temporary file, fsynced, then renamed).</summary>
    public static void Write(string path, StoreVersion version, TermDictionary dictionary)
    {
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            Span<byte> header = stackalloc byte[HeaderSize];
            header.Clear();
            BinaryPrimitives.WriteUInt64LittleEndian(header, StoreFormat.SnapshotMagic);
            BinaryPrimitives.WriteInt32LittleEndian(header[8..], StoreFormat.Version);
            BinaryPrimitives.WriteInt64LittleEndian(header[16..], version.Sequence);
            BinaryPrimitives.WriteInt64LittleEndian(header[24..], version.CommitTimeUtc.Ticks);
            BinaryPrimitives.WriteInt64LittleEndian(header[32..], version.TermCount);
            BinaryPrimitives.WriteUInt32LittleEndian(header[40..], Crc32C.Compute(header[..40]));
            stream.Write(header);

            WriteSection(stream, DictionarySection, version.TermCount, dictionary.EntrySlices(version.TermCount));

            for (int i = 0; i < version.Triples.Length; i++)
            {
                WriteOrder(stream, TripleSectionBase + (uint)i, version.Triples[i]);
            }

            for (int i = 0; i < version.Quads.Length; i++)
            {
                WriteOrder(stream, QuadSectionBase + (uint)i, version.Quads[i]);
            }

            WriteOrder(stream, RevisionSection, version.Revisions);
            WriteSection(stream, EndSection, 0, []);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        FileSync.Directory(Path.GetDirectoryName(path)!);
    }

    /// <summary>Reads a snapshot into <paramref name="dictionary"/> (empty) and returns its version.</summary>
    public static StoreVersion Read(string path, TermDictionary dictionary)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (stream.Length < HeaderSize)
        {
            throw Corrupt(path, 0, "the file is shorter than its header");
        }

        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != StoreFormat.SnapshotMagic
            || BinaryPrimitives.ReadUInt32LittleEndian(header[40..]) != Crc32C.Compute(header[..40]))
        {
            throw Corrupt(path, 0, "the header is damaged");
        }

        int formatVersion = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (formatVersion != StoreFormat.Version)
        {
            throw new StoreException(
                StoreErrorKind.FormatVersion,
                $"Snapshot '{path}' has format version {formatVersion}; this program reads version {StoreFormat.Version}.");
        }

        long sequence = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        var commitTime = new DateTime(BinaryPrimitives.ReadInt64LittleEndian(header[24..]), DateTimeKind.Utc);
        long termCount = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);

        var entries = ReadSection<byte>(stream, path, DictionarySection, out long entryCount);
        if (entryCount != termCount)
        {
            throw Corrupt(path, stream.Position, "the dictionary holds another number of terms than the header says");
        }

        dictionary.LoadEntries(entries, termCount);
        var triples = new Key3[3][];
        for (int i = 0; i < 3; i++)
        {
            triples[i] = ReadSection<Key3>(stream, path, TripleSectionBase + (uint)i, out _);
        }

        var quads = new Key4[6][];
        for (int i = 0; i < 6; i++)
        {
            quads[i] = ReadSection<Key4>(stream, path, QuadSectionBase + (uint)i, out _);
        }

        var revisions = ReadSection<Key2>(stream, path, RevisionSection, out _);
        _ = ReadSection<byte>(stream, path, EndSection, out _);
        return StoreVersion.Restore(sequence, commitTime, termCount, triples, quads, revisions);
    }

    private static void WriteOrder<TKey>(Stream stream, uint id, OrderIndex<TKey> index)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int size = Marshal.SizeOf<TKey>();
        Span<byte> sectionHeader = stackalloc byte[20];
        BinaryPrimitives.WriteUInt32LittleEndian(sectionHeader, id);
        BinaryPrimitives.WriteInt64LittleEndian(sectionHeader[4..], index.Count);
        BinaryPrimitives.WriteInt64LittleEndian(sectionHeader[12..], index.Count * size);
        stream.Write(sectionHeader);
        var crc = new Crc32C();
        var scanner = new RangeScanner<TKey>();
        var low = TKey.LowestWithPrefix(default, 0);
        var high = TKey.HighestWithPrefix(default, 0);
        scanner.Reset(index, low, high);
        var buffer = new TKey[8192];
        long written = 0;
        int n;
        while ((n = scanner.Read(buffer)) > 0)
        {
            var bytes = MemoryMarshal.AsBytes(buffer.AsSpan(0, n));
            crc.Append(bytes);
            stream.Write(bytes);
            written += n;
        }

        if (written != index.Count)
        {
            throw new InvalidOperationException($"Index order {id} holds {written} keys, its count says {index.Count}.");
        }

        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc.Value);
        stream.Write(trailer);
    }

    private static void WriteSection(Stream stream, uint id, long count, List<ReadOnlyMemory<byte>> slices)
    {
        Span<byte> sectionHeader = stackalloc byte[20];
        BinaryPrimitives.WriteUInt32LittleEndian(sectionHeader, id);
        BinaryPrimitives.WriteInt64LittleEndian(sectionHeader[4..], count);
        BinaryPrimitives.WriteInt64LittleEndian(sectionHeader[12..], slices.Sum(s => (long)s.Length));
        stream.Write(sectionHeader);
        var crc = new Crc32C();
        foreach (var slice in slices)
        {
            crc.Append(slice.Span);
            stream.Write(slice.Span);
        }

        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc.Value);
        stream.Write(trailer);
    }

    private static T[] ReadSection<T>(Stream stream, string path, uint expectedId, out long count)
        where T : unmanaged
    {
        long offset = stream.Position;
        Span<byte> sectionHeader = stackalloc byte[20];
        if (stream.Length - offset < 24)
        {
            throw Corrupt(path, offset, "the file ends early");
        }

        stream.ReadExactly(sectionHeader);
        uint id = BinaryPrimitives.ReadUInt32LittleEndian(sectionHeader);
        count = BinaryPrimitives.ReadInt64LittleEndian(sectionHeader[4..]);
        long length = BinaryPrimitives.ReadInt64LittleEndian(sectionHeader[12..]);
        int size = Marshal.SizeOf<T>();
        if (id != expectedId || length < 0 || length > stream.Length - stream.Position - 4 || length % size != 0
            || (size > 1 && length / size != count))
        {
            throw Corrupt(path, offset, "a section header is damaged");
        }

        var items = GC.AllocateUninitializedArray<T>((int)(length / size));
        var bytes = MemoryMarshal.AsBytes(items.AsSpan());
        stream.ReadExactly(bytes);
        Span<byte> trailer = stackalloc byte[4];
        stream.ReadExactly(trailer);
        if (BinaryPrimitives.ReadUInt32LittleEndian(trailer) != Crc32C.Compute(bytes))
        {
            throw Corrupt(path, offset, "a section fails its checksum");
        }

        return items;
    }

    private static StoreException Corrupt(string path, long offset, string detail) => new(
        StoreErrorKind.CorruptSnapshot,
        $"Snapshot '{path}' is damaged at byte offset {offset}: {detail}. Move it away and start again: the store then " +
        "rebuilds its state from the log archive.");
}
