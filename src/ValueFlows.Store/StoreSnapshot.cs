using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Indexing;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store;

/// <summary>
/// A read-only view of one committed state of a <see cref="QuadStore"/> (snapshot isolation, "repeatable read"): every
/// call sees the same quads for the snapshot's whole lifetime while writers go on committing. Opening one costs nothing
/// and never waits for the writer. Thread-safe; cursors it opens are not.
/// </summary>
public sealed class StoreSnapshot : IQueryableDataset, IDisposable
{
    private readonly TermDictionary _dictionary;
    private readonly StoreVersion _version;

    internal StoreSnapshot(TermDictionary dictionary, StoreVersion version)
    {
        _dictionary = dictionary;
        _version = version;
    }

    /// <summary>The sequence number of the last transaction this snapshot includes (0 for an empty store).</summary>
    public long Sequence => _version.Sequence;

    /// <summary>When that transaction committed (UTC).</summary>
    public DateTime CommitTimeUtc => _version.CommitTimeUtc;

    /// <summary>The number of triples in the default graph.</summary>
    public long DefaultGraphCount => _version.TripleCount;

    /// <summary>The number of quads in named graphs.</summary>
    public long NamedGraphCount => _version.QuadCount;

    /// <summary>The number of quads in all graphs.</summary>
    public long Count => _version.TripleCount + _version.QuadCount;

    internal StoreVersion Version => _version;

    /// <inheritdoc />
    public bool TryInternalize(Term term, out TermId id) => VersionReader.TryInternalize(_dictionary, _version, term, out id);

    /// <inheritdoc />
    public Term Externalize(TermId id) => VersionReader.Externalize(_dictionary, _version, id);

    /// <inheritdoc />
    public IQuadCursor OpenCursor() => new VersionCursor(_version);

    /// <summary>The exact count, from index range sizes (two binary searches per sorted run); no scan.</summary>
    public long CountQuads(in QuadPattern pattern) => VersionReader.CountQuads(_version, pattern);

    /// <summary>The exact count (cheap: see <see cref="CountQuads"/>).</summary>
    public long EstimateQuads(in QuadPattern pattern) => VersionReader.CountQuads(_version, pattern);

    /// <summary>True when the snapshot holds the quad; a binary search.</summary>
    public bool ContainsQuad(in EncodedQuad quad) => VersionReader.CountQuads(_version, new QuadPattern(quad.Subject, quad.Predicate, quad.Object, quad.Graph)) > 0;

    /// <summary>Exact count; distinct subjects/objects from the last index rebuild, scaled to the count.</summary>
    public PredicateStatistics GetPredicateStatistics(TermId predicate, TermId graph) =>
        VersionReader.GetPredicateStatistics(_version, predicate, graph);

    /// <summary>The named graphs, by skipping from graph to graph in the GSPO order.</summary>
    public IReadOnlyList<TermId> GetNamedGraphs() => VersionReader.GetNamedGraphs(_version);

    /// <summary>
    /// The quads matching the given terms (null = any) in one graph: <paramref name="graph"/> null is the default graph.
    /// </summary>
    public IEnumerable<Quad> GetQuads(Term? subject, Term? predicate, Term? @object, Term? graph)
    {
        var g = TermId.DefaultGraph;
        if (graph is not null && !TryInternalize(graph, out g))
        {
            return [];
        }

        return VersionReader.GetQuads(_dictionary, _version, subject, predicate, @object, g);
    }

    /// <summary>Every quad: the default graph first, then the named graphs.</summary>
    public IEnumerable<Quad> GetAllQuads() =>
        VersionReader.Enumerate(_dictionary, _version, new QuadPattern(TermId.Any, TermId.Any, TermId.Any, TermId.DefaultGraph))
            .Concat(VersionReader.Enumerate(_dictionary, _version, new QuadPattern(TermId.Any, TermId.Any, TermId.Any, TermId.Any)));

    /// <summary>
    /// The sequence numbers of the transactions that changed a quad whose subject is <paramref name="subject"/>, oldest
    /// first (the revisions of DECISIONS.md 2).
    /// </summary>
    public IReadOnlyList<long> GetRevisions(Term subject) => VersionReader.GetRevisions(_dictionary, _version, subject);

    /// <summary>Releases the snapshot (its version is freed once no snapshot holds it).</summary>
    public void Dispose()
    {
    }
}
