using System.Buffers;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Indexing;

/// <summary>The store's <see cref="IQuadCursor"/>: one prefix range of the index order that fits the pattern.</summary>
internal sealed class VersionCursor : IQuadCursor
{
    private const int BatchSize = 512;

    private readonly StoreVersion _version;
    private readonly RangeScanner<Key3> _triples = new();
    private readonly RangeScanner<Key4> _quads = new();
    private Key3[]? _tripleBuffer;
    private Key4[]? _quadBuffer;
    private bool _useQuads;

    public VersionCursor(StoreVersion version) => _version = version;

    public QuadOrder Order { get; private set; }

    public void Seek(in QuadPattern pattern)
    {
        _triples.Clear();
        _quads.Clear();
        var (order, prefix) = QuadLayout.Choose(pattern);
        Order = order;
        if (!IsKnown(pattern.Subject) || !IsKnown(pattern.Predicate) || !IsKnown(pattern.Object)
            || (pattern.Graph != TermId.DefaultGraph && !IsKnown(pattern.Graph)))
        {
            _useQuads = false;
            return;
        }

        ulong s = pattern.Subject.Value, p = pattern.Predicate.Value, o = pattern.Object.Value, g = pattern.Graph.Value;
        if (order <= QuadOrder.Osp)
        {
            _useQuads = false;
            var key = QuadLayout.ToKey3(order, s, p, o);
            _triples.Reset(_version.Triple(order), Key3.LowestWithPrefix(key, prefix), Key3.HighestWithPrefix(key, prefix));
        }
        else
        {
            _useQuads = true;
            var key = QuadLayout.ToKey4(order, s, p, o, g);
            _quads.Reset(_version.Quad(order), Key4.LowestWithPrefix(key, prefix), Key4.HighestWithPrefix(key, prefix));
        }
    }

    public int Read(Span<EncodedQuad> destination)
    {
        int max = Math.Min(destination.Length, BatchSize);
        var order = Order;
        if (_useQuads)
        {
            _quadBuffer ??= ArrayPool<Key4>.Shared.Rent(BatchSize);
            int n = _quads.Read(_quadBuffer.AsSpan(0, max));
            for (int i = 0; i < n; i++)
            {
                destination[i] = QuadLayout.FromKey4(order, _quadBuffer[i]);
            }

            return n;
        }

        // Rented: property paths open a cursor per step, and a fresh 12 KB buffer each time kept the allocator
        // touching new memory, which cost a track query (q06) more than its scans after a large query had run.
        _tripleBuffer ??= ArrayPool<Key3>.Shared.Rent(BatchSize);
        int m = _triples.Read(_tripleBuffer.AsSpan(0, max));
        for (int i = 0; i < m; i++)
        {
            destination[i] = QuadLayout.FromKey3(order, _tripleBuffer[i]);
        }

        return m;
    }

    public void Dispose()
    {
        if (_tripleBuffer is not null)
        {
            ArrayPool<Key3>.Shared.Return(_tripleBuffer);
            _tripleBuffer = null;
        }

        if (_quadBuffer is not null)
        {
            ArrayPool<Key4>.Shared.Return(_quadBuffer);
            _quadBuffer = null;
        }
    }

    // Ids a later transaction added to the dictionary are in no quad of this version.
    private bool IsKnown(TermId id) => id.IsAny || !id.IsDictionaryTerm || id.DictionaryIndex < _version.TermCount;
}
