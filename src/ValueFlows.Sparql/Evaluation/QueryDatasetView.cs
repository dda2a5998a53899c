using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The RDF dataset of a query with FROM / FROM NAMED (§13.2) over a stored dataset: the default graph is the merge of
/// the FROM graphs (a triple in several of them is returned once) and the named graphs are the FROM NAMED graphs. A
/// query with only FROM NAMED has an empty default graph; one with only FROM has no named graphs.
/// </summary>
internal sealed class QueryDatasetView : IQueryableDataset
{
    private readonly IQueryableDataset _inner;
    private readonly TermId[] _defaultGraphs;
    private readonly TermId[] _namedGraphs;

    public QueryDatasetView(IQueryableDataset inner, QueryDataset dataset)
    {
        _inner = inner;
        _defaultGraphs = Resolve(inner, dataset.DefaultGraphs);
        _namedGraphs = Resolve(inner, dataset.NamedGraphs);
    }

    private static TermId[] Resolve(IQueryableDataset inner, IEnumerable<Iri> graphs)
    {
        var ids = new List<TermId>();
        foreach (var graph in graphs)
        {
            if (inner.TryInternalize(graph, out var id) && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    public bool TryInternalize(Term term, out TermId id) => _inner.TryInternalize(term, out id);

    public Term Externalize(TermId id) => _inner.Externalize(id);

    public IQuadCursor OpenCursor() => new Cursor(this);

    public IReadOnlyList<TermId> GetNamedGraphs()
    {
        var present = _inner.GetNamedGraphs();
        return [.. _namedGraphs.Where(present.Contains)];
    }

    /// <summary>Reads the selected graphs of the inner dataset and relabels default-graph quads.</summary>
    private sealed class Cursor : IQuadCursor
    {
        private readonly QueryDatasetView _owner;
        private readonly IQuadCursor _inner;
        private readonly EncodedQuad[] _batch = new EncodedQuad[256];
        private readonly HashSet<(TermId, TermId, TermId)> _seen = [];
        private TermId[] _graphs = [];
        private int _graphIndex;
        private QuadPattern _pattern;
        private bool _isDefault;
        private int _batchCount;
        private int _batchPosition;

        public Cursor(QueryDatasetView owner)
        {
            _owner = owner;
            _inner = owner._inner.OpenCursor();
        }

        public QuadOrder Order => QuadOrder.Unordered;

        public void Seek(in QuadPattern pattern)
        {
            _pattern = pattern;
            _isDefault = pattern.Graph == TermId.DefaultGraph;
            _graphs = _isDefault ? _owner._defaultGraphs
                : pattern.Graph.IsAny ? _owner._namedGraphs
                : Array.IndexOf(_owner._namedGraphs, pattern.Graph) >= 0 ? [pattern.Graph] : [];
            _graphIndex = -1;
            _seen.Clear();
            _batchCount = 0;
            _batchPosition = 0;
            NextGraph();
        }

        private bool NextGraph()
        {
            _graphIndex++;
            if (_graphIndex >= _graphs.Length)
            {
                return false;
            }

            _inner.Seek(_pattern with { Graph = _graphs[_graphIndex] });
            return true;
        }

        public int Read(Span<EncodedQuad> destination)
        {
            int written = 0;
            while (written < destination.Length && _graphIndex < _graphs.Length)
            {
                if (_batchPosition == _batchCount)
                {
                    _batchCount = _inner.Read(_batch);
                    _batchPosition = 0;
                    if (_batchCount == 0 && !NextGraph())
                    {
                        break;
                    }

                    continue;
                }

                var quad = _batch[_batchPosition++];
                if (_isDefault)
                {
                    if (_graphs.Length > 1 && !_seen.Add((quad.Subject, quad.Predicate, quad.Object)))
                    {
                        continue;
                    }

                    quad = quad with { Graph = TermId.DefaultGraph };
                }

                destination[written++] = quad;
            }

            return written;
        }

        public void Dispose() => _inner.Dispose();
    }
}
