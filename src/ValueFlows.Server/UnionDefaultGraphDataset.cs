using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Server;

/// <summary>
/// A dataset whose default graph is the distinct union of the stored default graph and every named graph except one
/// left out (the <c>{base}meta</c> graph; DECISIONS 5). Named graphs stay as they are. A triple in several graphs is
/// returned once.
/// </summary>
public sealed class UnionDefaultGraphDataset : IQueryableDataset
{
    private readonly IQueryableDataset _inner;
    private readonly TermId _excluded;

    /// <summary>The union view of <paramref name="inner"/>, leaving out the graph <paramref name="excludedGraph"/> (if any).</summary>
    public UnionDefaultGraphDataset(IQueryableDataset inner, Iri? excludedGraph)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _excluded = excludedGraph is not null && inner.TryInternalize(excludedGraph, out var id) ? id : TermId.DefaultGraph;
    }

    /// <summary>
    /// The dataset SPARQL queries read from <paramref name="stored"/>: itself, or with <paramref name="unionDefaultGraph"/>
    /// the union view that leaves out <c>{baseIri}meta</c>.
    /// </summary>
    public static IQueryableDataset ForQueries(IQueryableDataset stored, bool unionDefaultGraph, string? baseIri) =>
        unionDefaultGraph ? new UnionDefaultGraphDataset(stored, baseIri is null ? null : Iri.Create(baseIri + "meta")) : stored;

    /// <inheritdoc />
    public bool TryInternalize(Term term, out TermId id) => _inner.TryInternalize(term, out id);

    /// <inheritdoc />
    public Term Externalize(TermId id) => _inner.Externalize(id);

    /// <inheritdoc />
    public IQuadCursor OpenCursor() => new Cursor(this);

    /// <inheritdoc />
    public long EstimateQuads(in QuadPattern pattern) =>
        pattern.Graph == TermId.DefaultGraph
            ? _inner.EstimateQuads(pattern) + _inner.EstimateQuads(pattern with { Graph = TermId.Any })
            : _inner.EstimateQuads(pattern);

    /// <summary>
    /// For the union, the sums of the stored default graph's and the named graphs' statistics: an upper bound (a
    /// triple in several graphs counts several times), good enough for ordering joins and without a scan.
    /// </summary>
    public PredicateStatistics GetPredicateStatistics(TermId predicate, TermId graph)
    {
        if (graph != TermId.DefaultGraph)
        {
            return _inner.GetPredicateStatistics(predicate, graph);
        }

        var stored = _inner.GetPredicateStatistics(predicate, graph);
        var named = _inner.GetPredicateStatistics(predicate, TermId.Any);
        return new PredicateStatistics(
            stored.Count + named.Count, stored.DistinctSubjects + named.DistinctSubjects, stored.DistinctObjects + named.DistinctObjects);
    }

    /// <inheritdoc />
    public IReadOnlyList<TermId> GetNamedGraphs() => _inner.GetNamedGraphs();

    /// <summary>Reads the default graph and then every named graph but the excluded one, relabelled and deduplicated.</summary>
    private sealed class Cursor(UnionDefaultGraphDataset owner) : IQuadCursor
    {
        private readonly IQuadCursor _inner = owner._inner.OpenCursor();
        private readonly HashSet<(TermId, TermId, TermId)> _seen = [];
        private QuadPattern _pattern;
        private bool _union;
        private bool _inNamed;

        public QuadOrder Order => _union ? QuadOrder.Unordered : _inner.Order;

        public void Seek(in QuadPattern pattern)
        {
            _pattern = pattern;
            _union = pattern.Graph == TermId.DefaultGraph;
            _inNamed = false;
            _seen.Clear();
            _inner.Seek(pattern);
        }

        public int Read(Span<EncodedQuad> destination)
        {
            if (!_union)
            {
                return _inner.Read(destination);
            }

            while (true)
            {
                var read = _inner.Read(destination);
                if (read == 0)
                {
                    if (_inNamed)
                    {
                        return 0;
                    }

                    _inNamed = true;
                    _inner.Seek(_pattern with { Graph = TermId.Any });
                    continue;
                }

                var kept = 0;
                for (var i = 0; i < read; i++)
                {
                    var quad = destination[i];
                    if (_inNamed && quad.Graph == owner._excluded)
                    {
                        continue;
                    }

                    if (_seen.Add((quad.Subject, quad.Predicate, quad.Object)))
                    {
                        destination[kept++] = quad with { Graph = TermId.DefaultGraph };
                    }
                }

                if (kept > 0)
                {
                    return kept;
                }
            }
        }

        public void Dispose() => _inner.Dispose();
    }
}
