namespace ValueFlows.Store.Indexing;

/// <summary>Binary search and set operations over sorted spans of index keys.</summary>
internal static class SortedKeys
{
    /// <summary>The index of the first key not less than <paramref name="key"/>.</summary>
    public static int LowerBound<TKey>(ReadOnlySpan<TKey> keys, in TKey key)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int lo = 0;
        int hi = keys.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (TKey.Compare(keys[mid], key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the first key greater than <paramref name="key"/>.</summary>
    public static int UpperBound<TKey>(ReadOnlySpan<TKey> keys, in TKey key)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int lo = 0;
        int hi = keys.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (TKey.Compare(keys[mid], key) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public static bool Contains<TKey>(ReadOnlySpan<TKey> keys, in TKey key)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        int i = LowerBound(keys, key);
        return i < keys.Length && TKey.Compare(keys[i], key) == 0;
    }

    /// <summary>Sorts <paramref name="keys"/> and removes duplicates; returns the number of distinct keys kept at the front.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int SortDistinct<TKey>(Span<TKey> keys)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (keys.Length < 2)
        {
            return keys.Length;
        }

        KeySort.Sort(keys);
        int write = 1;
        for (int read = 1; read < keys.Length; read++)
        {
            if (TKey.Compare(keys[read], keys[write - 1]) != 0)
            {
                keys[write++] = keys[read];
            }
        }

        return write;
    }

    /// <summary>The sorted union of two sorted sets.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TKey[] Union<TKey>(ReadOnlySpan<TKey> left, ReadOnlySpan<TKey> right)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (left.IsEmpty)
        {
            return right.ToArray();
        }

        if (right.IsEmpty)
        {
            return left.ToArray();
        }

        var result = GC.AllocateUninitializedArray<TKey>(left.Length + right.Length);
        int i = 0, j = 0, n = 0;
        while (i < left.Length && j < right.Length)
        {
            int c = TKey.Compare(left[i], right[j]);
            if (c < 0)
            {
                result[n++] = left[i++];
            }
            else if (c > 0)
            {
                result[n++] = right[j++];
            }
            else
            {
                result[n++] = left[i++];
                j++;
            }
        }

        left[i..].CopyTo(result.AsSpan(n));
        n += left.Length - i;
        right[j..].CopyTo(result.AsSpan(n));
        n += right.Length - j;
        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }

    /// <summary>The sorted set <paramref name="left"/> minus <paramref name="right"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TKey[] Difference<TKey>(ReadOnlySpan<TKey> left, ReadOnlySpan<TKey> right)
        where TKey : unmanaged, IIndexKey<TKey>
    {
        if (left.IsEmpty || right.IsEmpty)
        {
            return left.ToArray();
        }

        var result = GC.AllocateUninitializedArray<TKey>(left.Length);
        int i = 0, j = 0, n = 0;
        while (i < left.Length)
        {
            if (j == right.Length)
            {
                left[i..].CopyTo(result.AsSpan(n));
                n += left.Length - i;
                break;
            }

            int c = TKey.Compare(left[i], right[j]);
            if (c < 0)
            {
                result[n++] = left[i++];
            }
            else if (c > 0)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }
}
