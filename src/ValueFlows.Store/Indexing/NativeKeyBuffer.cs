using System.Runtime.InteropServices;

namespace ValueFlows.Store.Indexing;

/// <summary>
/// The keys of a bulk load in chunks of native memory, turned into one sorted, distinct managed array at the end. Native
/// chunks go back to the operating system the moment they are freed, whereas freed large managed arrays stay resident
/// until the GC's next full collection: that garbage (the chunks, and the unsorted copy next to the sorted one) was
/// what made a load's peak memory exceed the loaded store's.
/// </summary>
internal sealed unsafe class NativeKeyBuffer<TKey> : IDisposable
    where TKey : unmanaged, IIndexKey<TKey>
{
    // Above glibc's largest mmap threshold (32 MiB): every chunk is a mapping of its own, unmapped by free().
    private const int ChunkBytes = 64 << 20;
    private static readonly int ChunkKeys = ChunkBytes / sizeof(TKey);

    private readonly List<nint> _chunks = [];
    private int _fill;

    public long Count { get; private set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(in TKey key)
    {
        if (_fill == ChunkKeys || _chunks.Count == 0)
        {
            _chunks.Add((nint)NativeMemory.Alloc(ChunkBytes));
            _fill = 0;
        }

        ((TKey*)_chunks[^1])[_fill++] = key;
        Count++;
    }

    /// <summary>The keys sorted and without duplicates, in an array of exactly their number; the buffer is emptied.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TKey[] ToSortedDistinctArray()
    {
        if (Count == 0)
        {
            Dispose();
            return [];
        }

        int count = checked((int)Count);
        TKey* all;
        if (_chunks.Count == 1)
        {
            all = (TKey*)_chunks[0];
            _chunks.Clear();
        }
        else
        {
            // One block for the whole sort; each chunk is released as soon as it is copied, so the peak is one chunk
            // above the keys themselves.
            all = (TKey*)NativeMemory.Alloc((nuint)count, (nuint)sizeof(TKey));
            long copied = 0;
            for (int c = 0; c < _chunks.Count; c++)
            {
                int n = c == _chunks.Count - 1 ? _fill : ChunkKeys;
                new ReadOnlySpan<TKey>((void*)_chunks[c], n).CopyTo(new Span<TKey>(all + copied, n));
                copied += n;
                NativeMemory.Free((void*)_chunks[c]);
                _chunks[c] = 0;
            }

            _chunks.Clear();
        }

        try
        {
            var keys = new Span<TKey>(all, count);
            int distinct = SortedKeys.SortDistinct(keys);
            var result = GC.AllocateUninitializedArray<TKey>(distinct);
            keys[..distinct].CopyTo(result);
            return result;
        }
        finally
        {
            NativeMemory.Free(all);
            Count = 0;
            _fill = 0;
        }
    }

    /// <summary>Frees the chunks (a rolled-back load).</summary>
    public void Dispose()
    {
        foreach (var chunk in _chunks)
        {
            NativeMemory.Free((void*)chunk);
        }

        _chunks.Clear();
        Count = 0;
        _fill = 0;
    }
}
