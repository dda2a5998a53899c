namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The materialized right side of a join, LeftJoin or MINUS, hashed on the slots that every one of its rows binds AND the
/// first probing row binds (hashing on a slot the left side leaves unbound would send every probe to a full scan). A
/// later left row that binds all of those slots probes one bucket; other left rows scan every row.
/// </summary>
internal sealed class RowIndex
{
    private const int MinimumRowsToHash = 8;
    private readonly List<TermId[]> _rows;
    private readonly int[] _alwaysBound;
    private int[]? _keySlots;
    private Dictionary<ulong, List<TermId[]>>? _buckets;

    public RowIndex(List<TermId[]> rows, int width)
    {
        _rows = rows;
        var alwaysBound = new List<int>();
        for (int i = 0; i < width && rows.Count > 0; i++)
        {
            bool bound = true;
            foreach (var row in rows)
            {
                if (row[i].IsAny)
                {
                    bound = false;
                    break;
                }
            }

            if (bound)
            {
                alwaysBound.Add(i);
            }
        }

        _alwaysBound = [.. alwaysBound];
    }

    public int Count => _rows.Count;

    /// <summary>The rows that may be compatible with <paramref name="left"/> (a superset; callers still check).</summary>
    public List<TermId[]> Candidates(TermId[] left)
    {
        if (_rows.Count < MinimumRowsToHash)
        {
            return _rows;
        }

        if (_keySlots is null)
        {
            Build(left);
        }

        if (_buckets is null)
        {
            return _rows;
        }

        foreach (int slot in _keySlots!)
        {
            if (left[slot].IsAny)
            {
                return _rows;
            }
        }

        return _buckets.TryGetValue(Key(left, _keySlots), out var bucket) ? bucket : [];
    }

    private void Build(TermId[] firstProbe)
    {
        var keySlots = new List<int>();
        foreach (int slot in _alwaysBound)
        {
            if (!firstProbe[slot].IsAny)
            {
                keySlots.Add(slot);
            }
        }

        _keySlots = [.. keySlots];
        if (_keySlots.Length == 0)
        {
            return;
        }

        _buckets = new Dictionary<ulong, List<TermId[]>>(_rows.Count);
        foreach (var row in _rows)
        {
            ulong key = Key(row, _keySlots);
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = new List<TermId[]>(1);
                _buckets.Add(key, bucket);
            }

            bucket.Add(row);
        }
    }

    private static ulong Key(TermId[] row, int[] slots)
    {
        if (slots.Length == 1)
        {
            return row[slots[0]].Value;
        }

        ulong hash = 17;
        foreach (int slot in slots)
        {
            hash = (hash * 0x9E3779B97F4A7C15UL) ^ row[slot].Value;
        }

        return hash;
    }
}
