namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The materialized right side of a join, LeftJoin or MINUS, hashed on the slots every one of its rows binds. A left
/// row that binds all of those slots probes one bucket; other left rows (where unbound variables are compatible with
/// anything) scan every row.
/// </summary>
internal sealed class RowIndex
{
    private readonly List<TermId[]> _rows;
    private readonly int[] _keySlots;
    private readonly Dictionary<long, List<TermId[]>>? _buckets;

    public RowIndex(List<TermId[]> rows, int width)
    {
        _rows = rows;
        var keySlots = new List<int>();
        for (int i = 0; i < width && rows.Count > 0; i++)
        {
            if (rows.TrueForAll(r => !r[i].IsAny))
            {
                keySlots.Add(i);
            }
        }

        _keySlots = [.. keySlots];
        if (_keySlots.Length > 0 && rows.Count > 4)
        {
            _buckets = [];
            foreach (var row in rows)
            {
                long key = Key(row);
                if (!_buckets.TryGetValue(key, out var bucket))
                {
                    bucket = [];
                    _buckets.Add(key, bucket);
                }

                bucket.Add(row);
            }
        }
    }

    public int Count => _rows.Count;

    /// <summary>The rows that may be compatible with <paramref name="left"/> (a superset; callers still check).</summary>
    public List<TermId[]> Candidates(TermId[] left)
    {
        if (_buckets is null)
        {
            return _rows;
        }

        foreach (int slot in _keySlots)
        {
            if (left[slot].IsAny)
            {
                return _rows;
            }
        }

        return _buckets.TryGetValue(Key(left), out var bucket) ? bucket : [];
    }

    private long Key(TermId[] row)
    {
        long hash = 17;
        foreach (int slot in _keySlots)
        {
            hash = (hash * 31) + (long)row[slot].Value;
        }

        return hash;
    }
}
