using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ScanPattern = ValueFlows.Sparql.Evaluation.QuadPattern;

namespace ValueFlows.Sparql.Update;

/// <summary>
/// An in-memory <see cref="IUpdatableDataset"/>, for tests and small tools: it starts as a copy of a
/// <see cref="Dataset"/> and <see cref="ToDataset"/> gives the result. The source dataset is never changed, so a failed
/// update is undone by dropping the copy. Scans use hash indexes on each position; a cursor reads a copy of its
/// candidates, so changes made while it is open are not seen by it.
/// </summary>
public sealed class InMemoryUpdatableDataset : IUpdatableDataset
{
    private readonly InMemoryTermTable _termTable = new();
    private readonly HashSet<EncodedQuad> _quads = [];
    private readonly Dictionary<TermId, HashSet<EncodedQuad>> _bySubject = [];
    private readonly Dictionary<TermId, HashSet<EncodedQuad>> _byPredicate = [];
    private readonly Dictionary<TermId, HashSet<EncodedQuad>> _byObject = [];
    private readonly Dictionary<TermId, HashSet<EncodedQuad>> _byGraph = [];

    /// <summary>An empty dataset.</summary>
    public InMemoryUpdatableDataset()
    {
    }

    /// <summary>A copy of <paramref name="dataset"/>.</summary>
    public InMemoryUpdatableDataset(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var quad in dataset)
        {
            Add(new EncodedQuad(Intern(quad.Subject), Intern(quad.Predicate), Intern(quad.Object), quad.Graph is null ? TermId.DefaultGraph : Intern(quad.Graph)));
        }
    }

    /// <summary>The number of quads.</summary>
    public int Count => _quads.Count;

    /// <summary>The quads as a new <see cref="Dataset"/>.</summary>
    public Dataset ToDataset()
    {
        var dataset = new Dataset();
        foreach (var q in _quads)
        {
            dataset.Add(new Quad(Externalize(q.Subject), (Iri)Externalize(q.Predicate), Externalize(q.Object), q.Graph == TermId.DefaultGraph ? null : Externalize(q.Graph)));
        }

        return dataset;
    }

    /// <inheritdoc />
    public TermId Intern(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _termTable.Intern(term);
    }

    /// <inheritdoc />
    public bool Add(in EncodedQuad quad)
    {
        if (quad.Subject.IsAny || quad.Predicate.IsAny || quad.Object.IsAny || quad.Graph.IsAny)
        {
            throw new ArgumentException("A quad to write needs all four components (the default graph is TermId.DefaultGraph).", nameof(quad));
        }

        if (!_quads.Add(quad))
        {
            return false;
        }

        Index(_bySubject, quad.Subject, quad);
        Index(_byPredicate, quad.Predicate, quad);
        Index(_byObject, quad.Object, quad);
        Index(_byGraph, quad.Graph, quad);
        return true;
    }

    /// <inheritdoc />
    public bool Remove(in EncodedQuad quad)
    {
        if (!_quads.Remove(quad))
        {
            return false;
        }

        Unindex(_bySubject, quad.Subject, quad);
        Unindex(_byPredicate, quad.Predicate, quad);
        Unindex(_byObject, quad.Object, quad);
        Unindex(_byGraph, quad.Graph, quad);
        return true;
    }

    /// <inheritdoc />
    public bool TryInternalize(Term term, out TermId id) => _termTable.TryInternalize(term, out id);

    /// <inheritdoc />
    public Term Externalize(TermId id) => _termTable.Externalize(id);

    /// <inheritdoc />
    public IQuadCursor OpenCursor() => new Cursor(this);

    /// <inheritdoc />
    public IReadOnlyList<TermId> GetNamedGraphs()
    {
        var graphs = _byGraph.Keys.Where(g => g != TermId.DefaultGraph).ToList();
        graphs.Sort();
        return graphs;
    }

    private static void Index(Dictionary<TermId, HashSet<EncodedQuad>> index, TermId key, in EncodedQuad quad)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = [];
        }

        set.Add(quad);
    }

    private static void Unindex(Dictionary<TermId, HashSet<EncodedQuad>> index, TermId key, in EncodedQuad quad)
    {
        if (index.TryGetValue(key, out var set) && set.Remove(quad) && set.Count == 0)
        {
            index.Remove(key);
        }
    }

    private HashSet<EncodedQuad> Candidates(in ScanPattern pattern)
    {
        HashSet<EncodedQuad>? best = null;
        Consider(_bySubject, pattern.Subject, ref best);
        Consider(_byPredicate, pattern.Predicate, ref best);
        Consider(_byObject, pattern.Object, ref best);
        Consider(_byGraph, pattern.Graph, ref best);
        return best ?? _quads;
    }

    private static void Consider(Dictionary<TermId, HashSet<EncodedQuad>> index, TermId key, ref HashSet<EncodedQuad>? best)
    {
        if (key.IsAny)
        {
            return;
        }

        var set = index.TryGetValue(key, out var found) ? found : [];
        if (best is null || set.Count < best.Count)
        {
            best = set;
        }
    }

    private sealed class Cursor(InMemoryUpdatableDataset owner) : IQuadCursor
    {
        private EncodedQuad[] _candidates = [];
        private int _position;
        private ScanPattern _pattern;

        public QuadOrder Order => QuadOrder.Unordered;

        public void Seek(in ScanPattern pattern)
        {
            _pattern = pattern;
            _candidates = [.. owner.Candidates(pattern)];
            _position = 0;
        }

        public int Read(Span<EncodedQuad> destination)
        {
            int written = 0;
            while (written < destination.Length && _position < _candidates.Length)
            {
                ref readonly var quad = ref _candidates[_position++];
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
