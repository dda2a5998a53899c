using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// <see cref="IQueryableDataset"/> over an in-memory <see cref="Dataset"/> (Oxigraph's <c>impl QueryableDataset for
/// &amp;Dataset</c>), so the evaluator can be tested without the store. The quads are copied and encoded when this is
/// created: later changes to the dataset are not seen (a snapshot). Ids follow <see cref="TermId"/>'s layout with a
/// private dictionary; scans use hash indexes on subject, predicate and object and return quads unordered.
/// </summary>
public sealed class DatasetQueryable : IQueryableDataset
{
    private readonly InMemoryTermTable _termTable = new();
    private readonly EncodedQuad[] _quads;
    private readonly Dictionary<TermId, List<int>> _bySubject = [];
    private readonly Dictionary<TermId, List<int>> _byPredicate = [];
    private readonly Dictionary<TermId, List<int>> _byObject = [];
    private readonly List<int> _all;

    /// <summary>Encodes every quad of <paramref name="dataset"/>.</summary>
    public DatasetQueryable(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _quads = new EncodedQuad[dataset.Count];
        _all = new List<int>(dataset.Count);
        int i = 0;
        foreach (var q in dataset)
        {
            var encoded = new EncodedQuad(Add(q.Subject), Add(q.Predicate), Add(q.Object), q.Graph is null ? TermId.DefaultGraph : Add(q.Graph));
            _quads[i] = encoded;
            _all.Add(i);
            Index(_bySubject, encoded.Subject, i);
            Index(_byPredicate, encoded.Predicate, i);
            Index(_byObject, encoded.Object, i);
            i++;
        }
    }

    /// <inheritdoc />
    public bool TryInternalize(Term term, out TermId id) => _termTable.TryInternalize(term, out id);

    /// <inheritdoc />
    public Term Externalize(TermId id) => _termTable.Externalize(id);

    /// <inheritdoc />
    public IQuadCursor OpenCursor() => new Cursor(this);

    private TermId Add(Term term) => _termTable.Intern(term);

    private static void Index(Dictionary<TermId, List<int>> index, TermId key, int position)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(position);
    }

    private List<int> Candidates(in QuadPattern pattern)
    {
        List<int>? best = null;
        Consider(_bySubject, pattern.Subject, ref best);
        Consider(_byPredicate, pattern.Predicate, ref best);
        Consider(_byObject, pattern.Object, ref best);
        return best ?? _all;
    }

    private static void Consider(Dictionary<TermId, List<int>> index, TermId key, ref List<int>? best)
    {
        if (key.IsAny)
        {
            return;
        }

        var list = index.TryGetValue(key, out var found) ? found : [];
        if (best is null || list.Count < best.Count)
        {
            best = list;
        }
    }

    private sealed class Cursor(DatasetQueryable owner) : IQuadCursor
    {
        private List<int> _candidates = [];
        private int _position;
        private QuadPattern _pattern;

        public QuadOrder Order => QuadOrder.Unordered;

        public void Seek(in QuadPattern pattern)
        {
            _pattern = pattern;
            _candidates = owner.Candidates(pattern);
            _position = 0;
        }

        public int Read(Span<EncodedQuad> destination)
        {
            int written = 0;
            while (written < destination.Length && _position < _candidates.Count)
            {
                ref readonly var quad = ref owner._quads[_candidates[_position++]];
                if (_pattern.Matches(quad))
                {
                    destination[written++] = quad;
                }
            }

            return written;
        }

        public void Dispose()
        {
        }
    }
}
