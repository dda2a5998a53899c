namespace ValueFlows.Store.Indexing;

/// <summary>
/// Reads the keys of an <see cref="OrderIndex{TKey}"/> between two bounds in order. With no run touching the range it
/// copies straight from the base; otherwise it merges the base with the runs' adds and removes. Reusable: call
/// <see cref="Reset"/> for each new range, nothing is allocated once its source buffer is big enough.
/// </summary>
internal sealed class RangeScanner<TKey>
    where TKey : unmanaged, IIndexKey<TKey>
{
    private const int MaxGallop = 256;

    private Source[] _sources = new Source[8];
    private int _sourceCount;
    private TKey[] _base = [];
    private int _basePos;
    private int _baseEnd;
    private TKey _lastLow;
    private int _lastLowPos = -1;

    public void Reset(OrderIndex<TKey> index, in TKey low, in TKey high)
    {
        // An index nested-loop join seeks one level's cursor once per outer row, and the outer rows often come in key
        // order (a range scan of another index): then the new range starts at or after the previous one, and a
        // galloping search from there touches a few neighbouring keys instead of a binary search's cold cache lines.
        if (!ReferenceEquals(_base, index.Base))
        {
            _base = index.Base;
            _lastLowPos = -1;
        }

        _basePos = _lastLowPos >= 0 && TKey.Compare(_lastLow, low) <= 0
            ? GallopLowerBound(_base, _lastLowPos, low)
            : SortedKeys.LowerBound<TKey>(_base, low);
        _lastLow = low;
        _lastLowPos = _basePos;
        _baseEnd = GallopUpperBound(_base, _basePos, high);
        _sourceCount = 0;
        foreach (var run in index.Runs)
        {
            AddSource(run.Adds, low, high, 1);
            AddSource(run.Removes, low, high, -1);
        }
    }

    public void Clear()
    {
        _basePos = _baseEnd = 0;
        _sourceCount = 0;
    }

    /// <summary>Copies the next keys into <paramref name="destination"/>; 0 at the end.</summary>
    public int Read(Span<TKey> destination)
    {
        if (_sourceCount == 0)
        {
            int n = Math.Min(destination.Length, _baseEnd - _basePos);
            _base.AsSpan(_basePos, n).CopyTo(destination);
            _basePos += n;
            return n;
        }

        int written = 0;
        while (written < destination.Length)
        {
            bool any = _basePos < _baseEnd;
            TKey min = any ? _base[_basePos] : default;
            for (int i = 0; i < _sourceCount; i++)
            {
                ref var s = ref _sources[i];
                if (s.Pos < s.End && (!any || TKey.Compare(s.Keys[s.Pos], min) < 0))
                {
                    min = s.Keys[s.Pos];
                    any = true;
                }
            }

            if (!any)
            {
                break;
            }

            int membership = 0;
            if (_basePos < _baseEnd && TKey.Compare(_base[_basePos], min) == 0)
            {
                membership = 1;
                _basePos++;
            }

            for (int i = 0; i < _sourceCount; i++)
            {
                ref var s = ref _sources[i];
                if (s.Pos < s.End && TKey.Compare(s.Keys[s.Pos], min) == 0)
                {
                    membership += s.Sign;
                    s.Pos++;
                }
            }

            if (membership > 0)
            {
                destination[written++] = min;
            }
        }

        return written;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose key is not below <paramref name="key"/>.</summary>
    private static int GallopLowerBound(TKey[] keys, int from, in TKey key) => Gallop(keys, from, key, upper: false);

    /// <summary>The first index at or after <paramref name="from"/> whose key is above <paramref name="key"/>.</summary>
    private static int GallopUpperBound(TKey[] keys, int from, in TKey key) => Gallop(keys, from, key, upper: true);

    // Doubling steps from `from` bracket the bound, then a binary search inside the bracket finds it.
    private static int Gallop(TKey[] keys, int from, in TKey key, bool upper)
    {
        int before = upper ? 1 : 0; // keys[i] lies before the bound while Compare(keys[i], key) < before
        int step = 1;
        int lo = from;
        int hi = from;
        while (hi < keys.Length && TKey.Compare(keys[hi], key) < before)
        {
            lo = hi + 1;
            if (step > MaxGallop)
            {
                // Far away: the rest is a plain binary search, so a long jump costs a few probes more, never twice.
                hi = keys.Length;
                break;
            }

            hi = from + step;
            step <<= 1;
        }

        hi = Math.Min(hi, keys.Length);
        var bracket = keys.AsSpan(lo, hi - lo);
        return lo + (upper ? SortedKeys.UpperBound<TKey>(bracket, key) : SortedKeys.LowerBound<TKey>(bracket, key));
    }

    private void AddSource(TKey[] keys, in TKey low, in TKey high, int sign)
    {
        if (keys.Length == 0)
        {
            return;
        }

        int start = SortedKeys.LowerBound<TKey>(keys, low);
        int end = SortedKeys.UpperBound<TKey>(keys, high);
        if (start >= end)
        {
            return;
        }

        if (_sourceCount == _sources.Length)
        {
            Array.Resize(ref _sources, _sources.Length * 2);
        }

        _sources[_sourceCount++] = new Source { Keys = keys, Pos = start, End = end, Sign = sign };
    }

    private struct Source
    {
        public TKey[] Keys;
        public int Pos;
        public int End;
        public int Sign;
    }
}
