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

    /// <summary>
    /// Reads a snapshot into <paramref name="dictionary"/> (empty) and returns its version. The sections are read and
    /// checked in parallel (the work is mostly copying pages and checksums), the dictionary's table rebuilt as soon as
    /// its section is in.
    /// </summary>
    public static StoreVersion Read(string path, TermDictionary dictionary)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long fileLength = RandomAccess.GetLength(handle);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (fileLength < HeaderSize || RandomAccess.Read(handle, header, 0) != HeaderSize)
        {
            throw Corrupt(path, 0, "the file is shorter than its header");
        }

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

        uint[] expected = [DictionarySection, TripleSectionBase, TripleSectionBase + 1, TripleSectionBase + 2,
            QuadSectionBase, QuadSectionBase + 1, QuadSectionBase + 2, QuadSectionBase + 3, QuadSectionBase + 4, QuadSectionBase + 5,
            RevisionSection, EndSection];
        var sections = new (long Offset, long Count, long Length)[expected.Length];
        long offset = HeaderSize;
        Span<byte> sectionHeader = stackalloc byte[20];
        for (int i = 0; i < expected.Length; i++)
        {
            if (fileLength - offset < 24 || RandomAccess.Read(handle, sectionHeader, offset) != 20)
            {
                throw Corrupt(path, offset, "the file ends early");
            }

            uint id = BinaryPrimitives.ReadUInt32LittleEndian(sectionHeader);
            long count = BinaryPrimitives.ReadInt64LittleEndian(sectionHeader[4..]);
            long length = BinaryPrimitives.ReadInt64LittleEndian(sectionHeader[12..]);
            if (id != expected[i] || count < 0 || length < 0 || length > fileLength - offset - 24)
            {
                throw Corrupt(path, offset, "a section header is damaged");
            }

            sections[i] = (offset, count, length);
            offset += 24 + length;
        }

        if (sections[0].Count != termCount)
        {
            throw Corrupt(path, sections[0].Offset, "the dictionary holds another number of terms than the header says");
        }

        var triples = new Key3[3][];
        var quads = new Key4[6][];
        Key2[] revisions = [];
        try
        {
            Parallel.For(0, expected.Length, i =>
            {
                switch (i)
                {
                    case 0:
                        dictionary.LoadEntries(ReadSection<byte>(handle, path, sections[i]), termCount);
                        break;
                    case < 4:
                        triples[i - 1] = ReadSection<Key3>(handle, path, sections[i]);
                        break;
                    case < 10:
                        quads[i - 4] = ReadSection<Key4>(handle, path, sections[i]);
                        break;
                    case 10:
                        revisions = ReadSection<Key2>(handle, path, sections[i]);
                        break;
                    default:
                        _ = ReadSection<byte>(handle, path, sections[i]);
                        break;
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is StoreException) is StoreException first)
        {
            throw first;
        }
        catch (AggregateException e) when (e.InnerException is InvalidDataException invalid)
        {
            throw Corrupt(path, sections[0].Offset, invalid.Message);
        }

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

    private static T[] ReadSection<T>(Microsoft.Win32.SafeHandles.SafeFileHandle handle, string path, (long Offset, long Count, long Length) section)
        where T : unmanaged
    {
        int size = Marshal.SizeOf<T>();
        if (section.Length % size != 0 || (size > 1 && section.Length / size != section.Count))
        {
            throw Corrupt(path, section.Offset, "a section header is damaged");
        }

        var items = GC.AllocateUninitializedArray<T>(checked((int)(section.Length / size)));
        var bytes = MemoryMarshal.AsBytes(items.AsSpan());
        long at = section.Offset + 20;
        int done = 0;
        while (done < bytes.Length)
        {
            int n = RandomAccess.Read(handle, bytes[done..], at + done);
            if (n <= 0)
            {
                throw Corrupt(path, section.Offset, "the file ends early");
            }

            done += n;
        }

        Span<byte> trailer = stackalloc byte[4];
        if (RandomAccess.Read(handle, trailer, at + bytes.Length) != 4
            || BinaryPrimitives.ReadUInt32LittleEndian(trailer) != Crc32C.Compute(bytes))
        {
            throw Corrupt(path, section.Offset, "a section fails its checksum");
        }

        return items;
    }

    private static StoreException Corrupt(string path, long offset, string detail) => new(
        StoreErrorKind.CorruptSnapshot,
        $"Snapshot '{path}' is damaged at byte offset {offset}: {detail}. Move it away and start again: the store then " +
        "rebuilds its state from the log archive.");
}
