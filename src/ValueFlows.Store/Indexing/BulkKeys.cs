using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Indexing;

/// <summary>
/// Collects the keys of a bulk load in chunks (no doubling copies), then sorts them into every index order in parallel
/// and applies them to a version as new bases.
/// </summary>
internal sealed class BulkKeys
{
    private const int ChunkSize = 1 << 20;

    private readonly List<Key3[]> _tripleChunks = [];
    private readonly List<Key4[]> _quadChunks = [];
    private int _tripleFill = ChunkSize;
    private int _quadFill = ChunkSize;

    public long Count { get; private set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(TermId subject, TermId predicate, TermId @object, TermId graph)
    {
        if (graph == TermId.DefaultGraph)
        {
            if (_tripleFill == ChunkSize)
            {
                _tripleChunks.Add(GC.AllocateUninitializedArray<Key3>(ChunkSize));
                _tripleFill = 0;
            }

            _tripleChunks[^1][_tripleFill++] = new Key3(subject.Value, predicate.Value, @object.Value);
        }
        else
        {
            if (_quadFill == ChunkSize)
            {
                _quadChunks.Add(GC.AllocateUninitializedArray<Key4>(ChunkSize));
                _quadFill = 0;
            }

            _quadChunks[^1][_quadFill++] = new Key4(graph.Value, subject.Value, predicate.Value, @object.Value);
        }

        Count++;
    }

    /// <summary>The version after these keys are added to <paramref name="version"/>; the chunks are released.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public StoreVersion ApplyTo(StoreVersion version, long sequence, DateTime commitTimeUtc, long termCount)
    {
        var spo = Gather(_tripleChunks, _tripleFill);
        _tripleChunks.Clear();
        var gspo = Gather(_quadChunks, _quadFill);
        _quadChunks.Clear();

        // Sort and de-duplicate the canonical orders first, then derive the others from them: they hold no duplicates,
        // so only one array per group can need a shorter copy (the transient memory of a load stays low).
        Parallel.Invoke(() => spo = SortedDistinct(spo), () => gspo = SortedDistinct(gspo));
        var triples = new Key3[3][];
        var quads = new Key4[6][];
        triples[0] = spo;
        quads[0] = gspo;
        Parallel.For(1, 9, i =>
        {
            if (i < 3)
            {
                var permuted = Permuted3(spo, StoreVersion.TripleOrders[i]);
                KeySort.Sort<Key3>(permuted);
                triples[i] = permuted;
            }
            else if (i > 3)
            {
                var permuted = Permuted4(gspo, StoreVersion.QuadOrders[i - 3]);
                KeySort.Sort<Key4>(permuted);
                quads[i - 3] = permuted;
            }
        });

        var subjects = new List<ulong>();
        foreach (var k in triples[0])
        {
            if (subjects.Count == 0 || subjects[^1] != k.A)
            {
                subjects.Add(k.A);
            }
        }

        var quadSubjects = new List<ulong>();
        foreach (var k in quads[3])
        {
            if (quadSubjects.Count == 0 || quadSubjects[^1] != k.A)
            {
                quadSubjects.Add(k.A);
            }
        }

        var allSubjects = subjects.Union(quadSubjects).ToArray();
        Array.Sort(allSubjects);
        Count = 0;
        return version.AddBulk(triples, quads, allSubjects, sequence, commitTimeUtc, termCount);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static TKey[] Gather<TKey>(List<TKey[]> chunks, int lastFill)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (chunks.Count == 0)
        {
            return [];
        }

        long total = ((long)(chunks.Count - 1) * ChunkSize) + lastFill;
        var all = GC.AllocateUninitializedArray<TKey>(checked((int)total));
        for (int c = 0; c < chunks.Count; c++)
        {
            int n = c == chunks.Count - 1 ? lastFill : ChunkSize;
            chunks[c].AsSpan(0, n).CopyTo(all.AsSpan(c * ChunkSize));
            chunks[c] = null!;
        }

        return all;
    }

    private static TKey[] SortedDistinct<TKey>(TKey[] keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int n = SortedKeys.SortDistinct<TKey>(keys);
        return n == keys.Length ? keys : keys.AsSpan(0, n).ToArray();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Key3[] Permuted3(Key3[] spo, QuadOrder order)
    {
        var result = GC.AllocateUninitializedArray<Key3>(spo.Length);
        for (int i = 0; i < spo.Length; i++)
        {
            result[i] = QuadLayout.ToKey3(order, spo[i].A, spo[i].B, spo[i].C);
        }

        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Key4[] Permuted4(Key4[] gspo, QuadOrder order)
    {
        var result = GC.AllocateUninitializedArray<Key4>(gspo.Length);
        for (int i = 0; i < gspo.Length; i++)
        {
            result[i] = QuadLayout.ToKey4(order, gspo[i].B, gspo[i].C, gspo[i].D, gspo[i].A);
        }

        return result;
    }
}
