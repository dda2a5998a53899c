namespace ValueFlows.Store.Indexing;

/// <summary>
/// Reads the keys of an <see cref="OrderIndex{TKey}"/> between two bounds in order. With no run touching the range it
/// copies straight from the base; otherwise it merges the base with the runs' adds and removes. Reusable: call
/// <see cref="Reset"/> for each new range, nothing is allocated once its source buffer is big enough.
/// </summary>
internal sealed class RangeScanner<TKey>
    where TKey : unmanaged, IIndexKey<TKey>
{
    private Source[] _sources = new Source[8];
    private int _sourceCount;
    private TKey[] _base = [];
    private int _basePos;
    private int _baseEnd;

    public void Reset(OrderIndex<TKey> index, in TKey low, in TKey high)
    {
        _base = index.Base;
        _basePos = SortedKeys.LowerBound<TKey>(_base, low);
        _baseEnd = Math.Max(_basePos, SortedKeys.UpperBound<TKey>(_base, high));
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
