namespace ValueFlows.Store.Indexing;

/// <summary>
/// Introsort specialised per key type (the comparison inlines, unlike <see cref="MemoryExtensions.Sort{T}(Span{T})"/>
/// with a comparer): quicksort with median-of-three pivots, insertion sort for short ranges, heapsort when the
/// recursion goes too deep.
/// </summary>
internal static class KeySort
{
    private const int InsertionLimit = 24;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Sort<TKey>(Span<TKey> keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (keys.Length > 1 && !TrySortGroups(keys))
        {
            Introsort(keys, 2 * (System.Numerics.BitOperations.Log2((uint)keys.Length) + 1));
        }
    }

    // Input in document order is often grouped by its first component already (N-Triples written subject by subject):
    // then only each group needs sorting. Gives up as soon as the first components go down.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool TrySortGroups<TKey>(Span<TKey> keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        for (int i = 1; i < keys.Length; i++)
        {
            if (TKey.ComparePrefix(keys[i - 1], keys[i]) > 0)
            {
                return false;
            }
        }

        int start = 0;
        for (int i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || TKey.ComparePrefix(keys[start], keys[i]) != 0)
            {
                var group = keys[start..i];
                if (group.Length > InsertionLimit)
                {
                    Introsort(group, 2 * (System.Numerics.BitOperations.Log2((uint)group.Length) + 1));
                }
                else
                {
                    InsertionSort(group);
                }

                start = i;
            }
        }

        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Introsort<TKey>(Span<TKey> keys, int depth)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        while (keys.Length > InsertionLimit)
        {
            if (depth-- == 0)
            {
                HeapSort(keys);
                return;
            }

            int p = Partition(keys);
            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if (p < keys.Length - p)
            {
                Introsort(keys[..p], depth);
                keys = keys[(p + 1)..];
            }
            else
            {
                Introsort(keys[(p + 1)..], depth);
                keys = keys[..p];
            }
        }

        InsertionSort(keys);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Partition<TKey>(Span<TKey> keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int hi = keys.Length - 1;
        int mid = hi >> 1;
        SwapIfGreater(keys, 0, mid);
        SwapIfGreater(keys, 0, hi);
        SwapIfGreater(keys, mid, hi);
        var pivot = keys[mid];
        Swap(keys, mid, hi - 1);
        int left = 0;
        int right = hi - 1;
        while (left < right)
        {
            while (TKey.Compare(keys[++left], pivot) < 0)
            {
            }

            while (TKey.Compare(pivot, keys[--right]) < 0)
            {
            }

            if (left >= right)
            {
                break;
            }

            Swap(keys, left, right);
        }

        if (left != hi - 1)
        {
            Swap(keys, left, hi - 1);
        }

        return left;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void InsertionSort<TKey>(Span<TKey> keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        for (int i = 1; i < keys.Length; i++)
        {
            var value = keys[i];
            int j = i - 1;
            while (j >= 0 && TKey.Compare(keys[j], value) > 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = value;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void HeapSort<TKey>(Span<TKey> keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int n = keys.Length;
        for (int i = (n >> 1) - 1; i >= 0; i--)
        {
            SiftDown(keys, i, n);
        }

        for (int end = n - 1; end > 0; end--)
        {
            Swap(keys, 0, end);
            SiftDown(keys, 0, end);
        }
    }

    private static void SiftDown<TKey>(Span<TKey> keys, int root, int n)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        var value = keys[root];
        while (true)
        {
            int child = (2 * root) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && TKey.Compare(keys[child], keys[child + 1]) < 0)
            {
                child++;
            }

            if (TKey.Compare(value, keys[child]) >= 0)
            {
                break;
            }

            keys[root] = keys[child];
            root = child;
        }

        keys[root] = value;
    }

    private static void SwapIfGreater<TKey>(Span<TKey> keys, int i, int j)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (TKey.Compare(keys[i], keys[j]) > 0)
        {
            Swap(keys, i, j);
        }
    }

    private static void Swap<TKey>(Span<TKey> keys, int i, int j)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        (keys[i], keys[j]) = (keys[j], keys[i]);
    }
}
