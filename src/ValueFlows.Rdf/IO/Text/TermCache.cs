using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ValueFlows.Rdf;

/// <summary>
/// A fixed-size, direct-mapped cache from the raw bytes of a token (as written in the document) to the term they denote,
/// so that repeated IRIs and literals cost neither a string nor validation. A newer entry replaces an older one in the
/// same slot, so memory stays bounded however long the document is. It starts small, so that a small document pays
/// little, and grows to its full size once the document has shown it is large. The owner clears it when the meaning of
/// raw bytes changes (a new base IRI or prefix).
/// </summary>
/// <remarks>
/// A term is admitted on the second sighting of its key: a term seen once (an event's unique IRI, a free-text note)
/// then dies young instead of being promoted by the garbage collector because the cache held it. Keys live in one byte
/// array, so the cache allocates nothing per entry.
/// </remarks>
internal sealed class TermCache
{
    /// <summary>Longer keys are not cached.</summary>
    public const int MaxKeyLength = 128;

    private const int InitialSlots = 256;
    private const int MaxSlots = 1 << 14;

    private Slot[] _slots = new Slot[InitialSlots];
    private int[] _seen = new int[InitialSlots];
    private byte[] _keys = new byte[InitialSlots * MaxKeyLength];
    private int _mask = InitialSlots - 1;
    private int _additions;

    /// <summary>A hash of <paramref name="key"/>: its length, its first and last 16 bytes and 8 from the middle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Hash(ReadOnlySpan<byte> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        ulong h = (ulong)key.Length * Multiplier;
        if (key.Length >= 16)
        {
            h = Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(key));
            h = Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(key[8..]));
            if (key.Length > 32)
            {
                h = Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(key[((key.Length / 2) - 4)..]));
            }

            h = Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(key[^16..]));
            h = Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(key[^8..]));
        }
        else if (key.Length >= 8)
        {
            // Two overlapping words cover every byte.
            h = Mix(Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(key)), BinaryPrimitives.ReadUInt64LittleEndian(key[^8..]));
        }
        else if (key.Length >= 4)
        {
            h = Mix(h, ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(key) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(key[^4..]));
        }
        else if (key.Length > 0)
        {
            h = Mix(h, ((ulong)key[0] << 16) | ((ulong)key[key.Length / 2] << 8) | key[^1]);
        }

        h ^= h >> 29;
        h *= Multiplier;
        return (int)(h ^ (h >> 32));

        static ulong Mix(ulong h, ulong word) => BitOperations.RotateLeft((h ^ word) * Multiplier, 31);
    }

    /// <summary>The term cached for <paramref name="key"/> (whose <see cref="Hash"/> is <paramref name="hash"/>), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term? Find(ReadOnlySpan<byte> key, int hash)
    {
        int index = hash & _mask;
        ref var slot = ref _slots[index];
        return slot.Term is not null && slot.Hash == hash && slot.Length == key.Length
            && key.SequenceEqual(_keys.AsSpan(index * MaxKeyLength, key.Length))
            ? slot.Term
            : null;
    }

    /// <summary>Offers <paramref name="term"/> for <paramref name="key"/>; it is kept if the key was offered before.</summary>
    public void Add(ReadOnlySpan<byte> key, int hash, Term term)
    {
        if (key.Length > MaxKeyLength)
        {
            return;
        }

        int index = hash & _mask;
        if (_seen[index] != hash)
        {
            _seen[index] = hash;
            return;
        }

        if (++_additions > _slots.Length && _slots.Length < MaxSlots)
        {
            // Many different repeated terms: a bigger table (old entries are dropped; they come back when seen again).
            Resize(_slots.Length * 4);
            index = hash & _mask;
            _seen[index] = hash;
            return;
        }

        ref var slot = ref _slots[index];
        key.CopyTo(_keys.AsSpan(index * MaxKeyLength));
        slot.Length = key.Length;
        slot.Hash = hash;
        slot.Term = term;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Array.Clear(_seen);
    }

    private void Resize(int slots)
    {
        _slots = new Slot[slots];
        _seen = new int[slots];
        _keys = new byte[slots * MaxKeyLength];
        _mask = slots - 1;
        _additions = 0;
    }

    private struct Slot
    {
        public Term? Term;
        public int Hash;
        public int Length;
    }
}
