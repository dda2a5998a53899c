using System.Buffers.Binary;
using System.Numerics;

namespace ValueFlows.Rdf;

/// <summary>
/// A fixed-size, direct-mapped cache from the raw bytes of a token (as written in the document) to the term they denote,
/// so that repeated IRIs and literals cost neither a string nor validation. A newer entry replaces an older one in the
/// same slot, so memory stays bounded however long the document is. It starts small, so that a small document pays
/// little, and grows to its full size once the document has shown it is large. The owner clears it when the meaning of
/// raw bytes changes (a new base IRI or prefix).
/// </summary>
internal sealed class TermCache
{
    private const int MaxKeyLength = 512;
    private const int InitialSlots = 256;
    private const int MaxSlots = 1 << 14;

    private Slot[] _slots = new Slot[InitialSlots];
    private int _mask = InitialSlots - 1;
    private int _additions;

    /// <summary>The term cached for <paramref name="key"/>, or null.</summary>
    public Term? Find(ReadOnlySpan<byte> key, out int hash)
    {
        hash = Hash(key);
        ref var slot = ref _slots[hash & _mask];
        return slot.Term is not null && slot.Hash == hash && key.SequenceEqual(slot.Key.AsSpan(0, slot.Length)) ? slot.Term : null;
    }

    /// <summary>Remembers <paramref name="term"/> for <paramref name="key"/> (with the hash <see cref="Find"/> returned).</summary>
    public void Add(ReadOnlySpan<byte> key, int hash, Term term)
    {
        if (key.Length > MaxKeyLength)
        {
            return;
        }

        if (++_additions > _slots.Length * 2 && _slots.Length < MaxSlots)
        {
            // Many different terms: a bigger table (the old entries are dropped; they come back on their next use).
            _slots = new Slot[_slots.Length * 4];
            _mask = _slots.Length - 1;
            _additions = 0;
        }

        ref var slot = ref _slots[hash & _mask];
        if (slot.Key is null || slot.Key.Length < key.Length)
        {
            slot.Key = new byte[Math.Max(key.Length, 64)];
        }

        key.CopyTo(slot.Key);
        slot.Length = key.Length;
        slot.Hash = hash;
        slot.Term = term;
    }

    public void Clear()
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            _slots[i].Term = null;
        }
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        ulong h = (ulong)key.Length * Multiplier;
        int i = 0;
        for (; i + 8 <= key.Length; i += 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key[i..])) * Multiplier, 31);
        }

        if (i < key.Length)
        {
            ulong tail = 0;
            for (int shift = 0; i < key.Length; i++, shift += 8)
            {
                tail |= (ulong)key[i] << shift;
            }

            h = BitOperations.RotateLeft((h ^ tail) * Multiplier, 31);
        }

        h ^= h >> 29;
        h *= Multiplier;
        return (int)(h ^ (h >> 32));
    }

    private struct Slot
    {
        public byte[]? Key;
        public int Length;
        public int Hash;
        public Term? Term;
    }
}
