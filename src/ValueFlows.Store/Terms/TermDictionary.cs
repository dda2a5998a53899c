using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Terms;

/// <summary>
/// The store's term dictionary: entry bytes (<see cref="TermEntry"/>) in append-only UTF-8 chunks, an array from entry
/// index to location, and an open-addressing hash table from bytes to index. One writer appends; any number of readers
/// look up at the same time without locks (every write is published after the bytes it points at). Entries are never
/// changed; a rolled-back transaction's entries are removed from the end (<see cref="Truncate"/>).
/// </summary>
internal sealed class TermDictionary
{
    private const int SegmentBits = 16;
    private const int SegmentSize = 1 << SegmentBits;
    private const int ChunkSize = 4 << 20;
    private const int StackLimit = 512;

    private readonly ConcurrentDictionary<ulong, Iri> _datatypes = new();
    private byte[][] _chunks = new byte[4][];
    private int[] _chunkUsed = new int[4];
    private int _chunkCount;
    private int _chunkPosition;
    private long[][] _locations = new long[16][];
    private ulong[] _table = new ulong[1024];
    private long _count;
    private byte[] _scratch = new byte[256];

    /// <summary>The number of entries; ids of this dictionary have indexes below it.</summary>
    public long Count => Volatile.Read(ref _count);

    /// <summary>The bytes held by the dictionary (entries and tables), for memory reports.</summary>
    public long ByteSize
    {
        get
        {
            long size = (long)_table.Length * 8;
            for (int i = 0; i < _chunkCount; i++)
            {
                size += _chunks[i].Length;
            }

            return size + ((Count + SegmentSize - 1) / SegmentSize * SegmentSize * 8);
        }
    }

    /// <summary>The id of <paramref name="term"/> if it is inlined or among the first <paramref name="limit"/> entries.</summary>
    public bool TryGetId(Term term, long limit, out TermId id)
    {
        if (term is Literal literal && InlineLiteralCodec.TryEncode(literal, out id))
        {
            return true;
        }

        var datatype = TermId.Any;
        if (term is Literal { Language: null, IsSimple: false } typed && !TryGetId(typed.Datatype, limit, out datatype))
        {
            id = default;
            return false;
        }

        int max = TermEntry.MaxLength(term);
        byte[]? rented = null;
        Span<byte> buffer = max <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            int length = TermEntry.Encode(term, datatype, buffer);
            long index = Find(buffer[..length], ByteHash.Hash(buffer[..length]));
            if (index >= 0 && index < limit)
            {
                id = TermId.ForDictionary(TermEntry.IdKind(buffer[0]), index);
                return true;
            }

            id = default;
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The id of <paramref name="term"/>, adding it if new. Writer only.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TermId GetOrAdd(Term term)
    {
        if (term is Literal literal && InlineLiteralCodec.TryEncode(literal, out var inline))
        {
            return inline;
        }

        var datatype = term is Literal { Language: null, IsSimple: false } typed ? GetOrAdd(typed.Datatype) : TermId.Any;
        int max = TermEntry.MaxLength(term);
        if (_scratch.Length < max)
        {
            _scratch = new byte[Math.Max(max, _scratch.Length * 2)];
        }

        int length = TermEntry.Encode(term, datatype, _scratch);
        return GetOrAdd(_scratch.AsSpan(0, length));
    }

    /// <summary>The id of the entry <paramref name="entry"/>, adding it if new. Writer only.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TermId GetOrAdd(ReadOnlySpan<byte> entry)
    {
        ulong hash = ByteHash.Hash(entry);
        long index = Find(entry, hash);
        if (index < 0)
        {
            index = Append(entry, hash);
        }

        return TermId.ForDictionary(TermEntry.IdKind(entry[0]), index);
    }

    /// <summary>The entry bytes of a dictionary id.</summary>
    public ReadOnlySpan<byte> GetEntry(long index)
    {
        long location = _locations[index >> SegmentBits][index & (SegmentSize - 1)];
        var chunk = _chunks[(int)(location >> 32)];
        int offset = (int)location;
        int length = ReadVarint(chunk, ref offset);
        return chunk.AsSpan(offset, length);
    }

    /// <summary>The term of an id (inline or in this dictionary).</summary>
    public Term GetTerm(TermId id)
    {
        if (id.IsInline)
        {
            return InlineLiteralCodec.Decode(id);
        }

        if (!id.IsDictionaryTerm || id.DictionaryIndex >= Count)
        {
            throw new ArgumentException($"The id {id} is not a term of this store.", nameof(id));
        }

        var entry = GetEntry(id.DictionaryIndex);
        var text = entry[1..];
        switch (entry[0])
        {
            case TermEntry.IriKind:
                return Iri.CreateUnchecked(Encoding.UTF8.GetString(text));
            case TermEntry.BlankNodeKind:
                return BlankNode.Create(Encoding.UTF8.GetString(text));
            case TermEntry.SimpleLiteralKind:
                return Literal.Create(Encoding.UTF8.GetString(text));
            case TermEntry.LanguageLiteralKind:
                int tagLength = text[0];
                return Literal.CreateUnchecked(
                    Encoding.UTF8.GetString(text[(1 + tagLength)..]),
                    RdfVocabulary.LangString,
                    Encoding.UTF8.GetString(text.Slice(1, tagLength)));
            default:
                var datatypeId = new TermId(BinaryPrimitives.ReadUInt64LittleEndian(text));
                var datatype = _datatypes.GetOrAdd(datatypeId.Value, static (_, self) => (Iri)self.GetTerm(new TermId(_)), this);
                return Literal.CreateUnchecked(Encoding.UTF8.GetString(text[8..]), datatype, null);
        }
    }

    /// <summary>Removes the entries from <paramref name="count"/> on (newest first). Writer only.</summary>
    public void Truncate(long count)
    {
        long current = Count;
        if (count >= current)
        {
            return;
        }

        var table = _table;
        int mask = table.Length - 1;
        for (long index = current - 1; index >= count; index--)
        {
            var entry = GetEntry(index);
            ulong hash = ByteHash.Hash(entry);
            int slot = (int)(hash & (ulong)mask);
            while (true)
            {
                ulong value = table[slot];
                if ((long)(uint)value - 1 == index)
                {
                    Volatile.Write(ref table[slot], 0UL);
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        long location = _locations[count >> SegmentBits][count & (SegmentSize - 1)];
        int chunk = (int)(location >> 32);
        for (int i = chunk + 1; i < _chunkCount; i++)
        {
            _chunks[i] = null!;
        }

        _chunkCount = chunk + 1;
        _chunkPosition = (int)location;
        Volatile.Write(ref _count, count);
    }

    /// <summary>The slices of the chunks that hold the entries below <paramref name="count"/> (varint length, bytes), in order.</summary>
    public List<ReadOnlyMemory<byte>> EntrySlices(long count)
    {
        var slices = new List<ReadOnlyMemory<byte>>();
        if (count == 0)
        {
            return slices;
        }

        long last = _locations[(count - 1) >> SegmentBits][(count - 1) & (SegmentSize - 1)];
        int lastChunk = (int)(last >> 32);
        int lastOffset = (int)last;
        int lastLength = ReadVarint(_chunks[lastChunk], ref lastOffset);
        for (int c = 0; c <= lastChunk; c++)
        {
            slices.Add(_chunks[c].AsMemory(0, c == lastChunk ? lastOffset + lastLength : _chunkUsed[c]));
        }

        return slices;
    }

    /// <summary>Loads the bytes of <see cref="EntrySlices"/>, concatenated, into an empty dictionary.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void LoadEntries(byte[] data, long count)
    {
        if (_count != 0)
        {
            throw new InvalidOperationException("The dictionary is not empty.");
        }

        _chunks[0] = data;
        _chunkCount = 1;
        int capacity = 1024;
        while (capacity < count * 2)
        {
            capacity *= 2;
        }

        var table = new ulong[capacity];
        int mask = capacity - 1;
        int offset = 0;
        for (long index = 0; index < count; index++)
        {
            EnsureSegment(index);
            _locations[index >> SegmentBits][index & (SegmentSize - 1)] = offset;
            int length = ReadVarint(data, ref offset);
            ulong hash = ByteHash.Hash(data.AsSpan(offset, length));
            int slot = (int)(hash & (ulong)mask);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = (hash & 0xFFFF_FFFF_0000_0000UL) | (uint)(index + 1);
            offset += length;
        }

        if (offset != data.Length)
        {
            throw new InvalidDataException($"Dictionary section: {data.Length - offset} bytes after the last entry.");
        }

        _table = table;
        _chunkPosition = data.Length;
        _count = count;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private long Find(ReadOnlySpan<byte> entry, ulong hash)
    {
        var table = Volatile.Read(ref _table);
        int mask = table.Length - 1;
        int slot = (int)(hash & (ulong)mask);
        ulong tag = hash & 0xFFFF_FFFF_0000_0000UL;
        while (true)
        {
            ulong value = Volatile.Read(ref table[slot]);
            if (value == 0)
            {
                return -1;
            }

            if ((value & 0xFFFF_FFFF_0000_0000UL) == tag)
            {
                long index = (long)(uint)value - 1;
                if (GetEntry(index).SequenceEqual(entry))
                {
                    return index;
                }
            }

            slot = (slot + 1) & mask;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private long Append(ReadOnlySpan<byte> entry, ulong hash)
    {
        long index = _count;
        if (index >= uint.MaxValue - 1)
        {
            throw new InvalidOperationException("The term dictionary is full.");
        }

        int needed = entry.Length + 5;
        if (_chunkCount == 0 || _chunkPosition + needed > _chunks[_chunkCount - 1].Length)
        {
            NewChunk(Math.Max(ChunkSize, needed));
        }

        var chunk = _chunks[_chunkCount - 1];
        int start = _chunkPosition;
        int pos = WriteVarint(chunk, start, entry.Length);
        entry.CopyTo(chunk.AsSpan(pos));
        _chunkPosition = pos + entry.Length;
        EnsureSegment(index);
        _locations[index >> SegmentBits][index & (SegmentSize - 1)] = ((long)(_chunkCount - 1) << 32) | (uint)start;
        Volatile.Write(ref _count, index + 1);

        if ((index + 1) * 2 > _table.Length)
        {
            Grow();
        }

        var table = _table;
        int mask = table.Length - 1;
        int slot = (int)(hash & (ulong)mask);
        while (table[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        Volatile.Write(ref table[slot], (hash & 0xFFFF_FFFF_0000_0000UL) | (uint)(index + 1));
        return index;
    }

    private void NewChunk(int size)
    {
        if (_chunkCount > 0)
        {
            _chunkUsed[_chunkCount - 1] = _chunkPosition;
        }

        if (_chunkCount == _chunks.Length)
        {
            var grown = new byte[_chunks.Length * 2][];
            Array.Copy(_chunks, grown, _chunkCount);
            Volatile.Write(ref _chunks, grown);
            Array.Resize(ref _chunkUsed, grown.Length);
        }

        _chunks[_chunkCount] = new byte[size];
        _chunkCount++;
        _chunkPosition = 0;
    }

    private void EnsureSegment(long index)
    {
        long segment = index >> SegmentBits;
        if (segment >= _locations.Length)
        {
            var grown = new long[_locations.Length * 2][];
            Array.Copy(_locations, grown, _locations.Length);
            Volatile.Write(ref _locations, grown);
        }

        _locations[segment] ??= new long[SegmentSize];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var table = new ulong[_table.Length * 2];
        int mask = table.Length - 1;
        long count = _count;
        for (long index = 0; index < count; index++)
        {
            ulong hash = ByteHash.Hash(GetEntry(index));
            int slot = (int)(hash & (ulong)mask);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = (hash & 0xFFFF_FFFF_0000_0000UL) | (uint)(index + 1);
        }

        Volatile.Write(ref _table, table);
    }

    internal static int ReadVarint(ReadOnlySpan<byte> data, ref int offset)
    {
        int value = 0;
        int shift = 0;
        while (true)
        {
            byte b = data[offset++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    internal static int WriteVarint(Span<byte> data, int offset, int value)
    {
        uint v = (uint)value;
        while (v >= 0x80)
        {
            data[offset++] = (byte)(v | 0x80);
            v >>= 7;
        }

        data[offset++] = (byte)v;
        return offset;
    }
}
