using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Indexing;

/// <summary>
/// Collects the keys of a bulk load (<see cref="NativeKeyBuffer{TKey}"/>), then sorts them into every index order and
/// applies them to a version as new bases. Memory: the canonical order is sorted in native memory and copied once into
/// its final array; the other orders are derived from it, so the peak is the loaded indexes plus one chunk.
/// </summary>
internal sealed class BulkKeys : IDisposable
{
    private readonly NativeKeyBuffer<Key3> _triples = new();
    private readonly NativeKeyBuffer<Key4> _quads = new();

    public long Count => _triples.Count + _quads.Count;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(TermId subject, TermId predicate, TermId @object, TermId graph)
    {
        if (graph == TermId.DefaultGraph)
        {
            _triples.Add(new Key3(subject.Value, predicate.Value, @object.Value));
        }
        else
        {
            _quads.Add(new Key4(graph.Value, subject.Value, predicate.Value, @object.Value));
        }
    }

    /// <summary>The version after these keys are added to <paramref name="version"/>; the buffers are released.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public StoreVersion ApplyTo(StoreVersion version, long sequence, DateTime commitTimeUtc, long termCount)
    {
        var spo = _triples.ToSortedDistinctArray();
        var gspo = _quads.ToSortedDistinctArray();
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

        var subjects = UnionOfSorted(DistinctFirst(triples[0]), DistinctFirst(quads[3]));
        return version.AddBulk(triples, quads, subjects, sequence, commitTimeUtc, termCount);
    }

    /// <summary>Frees the buffers (a rolled-back load).</summary>
    public void Dispose()
    {
        _triples.Dispose();
        _quads.Dispose();
    }

    // The distinct first components of sorted keys, in order.
    private static ulong[] DistinctFirst<TKey>(TKey[] sorted)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int n = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || TKey.ComparePrefix(sorted[i - 1], sorted[i]) != 0)
            {
                n++;
            }
        }

        var result = GC.AllocateUninitializedArray<ulong>(n);
        n = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || TKey.ComparePrefix(sorted[i - 1], sorted[i]) != 0)
            {
                result[n++] = TKey.First(sorted[i]);
            }
        }

        return result;
    }

    private static ulong[] UnionOfSorted(ulong[] left, ulong[] right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        var result = new List<ulong>(left.Length + right.Length);
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            ulong next = j == right.Length || (i < left.Length && left[i] <= right[j]) ? left[i] : right[j];
            result.Add(next);
            while (i < left.Length && left[i] == next)
            {
                i++;
            }

            while (j < right.Length && right[j] == next)
            {
                j++;
            }
        }

        return [.. result];
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
