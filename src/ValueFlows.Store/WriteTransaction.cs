using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Indexing;

namespace ValueFlows.Store;

/// <summary>
/// The single write transaction of a <see cref="QuadStore"/> (one at a time; <see cref="QuadStore.BeginWrite"/> waits
/// for the previous one). It reads the state it started from plus its own changes, and <see cref="Commit"/> makes all of
/// them durable and visible at once, or none: disposing without committing rolls everything back. Because only one
/// writer exists, what it read is still current when it commits (serializable for writers, snapshot isolation for
/// readers). Not thread-safe.
/// </summary>
public sealed class WriteTransaction : Sparql.Update.IUpdatableDataset, IDisposable
{
    private readonly QuadStore _store;
    private readonly StoreVersion _start;
    private readonly long _startTermCount;
    private readonly HashSet<Key4> _adds = [];
    private readonly HashSet<Key4> _removes = [];
    private StoreVersion? _view;
    private bool _done;

    internal WriteTransaction(QuadStore store, StoreVersion start, long startTermCount)
    {
        _store = store;
        _start = start;
        _startTermCount = startTermCount;
    }

    /// <summary>The sequence number of the state this transaction started from.</summary>
    public long BaseSequence => _start.Sequence;

    /// <summary>The number of quads added or removed so far (net).</summary>
    public int ChangeCount => _adds.Count + _removes.Count;

    private StoreVersion View => _view ??= _adds.Count + _removes.Count == 0
        ? _start
        : _start.Apply(BuildChanges(), _start.Sequence, _start.CommitTimeUtc, _store.Dictionary.Count, compact: false);

    /// <summary>Adds a quad; true when it was not there.</summary>
    public bool Add(in Quad quad)
    {
        ArgumentNullException.ThrowIfNull(quad.Subject);
        ArgumentNullException.ThrowIfNull(quad.Predicate);
        ArgumentNullException.ThrowIfNull(quad.Object);
        EnsureOpen();
        var d = _store.Dictionary;
        return Add(new EncodedQuad(
            d.GetOrAdd(quad.Subject), d.GetOrAdd(quad.Predicate), d.GetOrAdd(quad.Object), quad.Graph is null ? TermId.DefaultGraph : d.GetOrAdd(quad.Graph)));
    }

    /// <summary>Adds a quad of ids from <see cref="Intern"/> or this store; true when it was not there.</summary>
    public bool Add(in EncodedQuad quad)
    {
        EnsureOpen();
        var key = Key(quad);
        if (_removes.Remove(key))
        {
            _view = null;
            return true;
        }

        if (Contains(_start, key) || !_adds.Add(key))
        {
            return false;
        }

        _view = null;
        return true;
    }

    /// <summary>Removes a quad; true when it was there.</summary>
    public bool Remove(in Quad quad)
    {
        EnsureOpen();
        if (!TryInternalize(quad.Subject, out var s) || !TryInternalize(quad.Predicate, out var p) || !TryInternalize(quad.Object, out var o))
        {
            return false;
        }

        var g = TermId.DefaultGraph;
        if (quad.Graph is not null && !TryInternalize(quad.Graph, out g))
        {
            return false;
        }

        return Remove(new EncodedQuad(s, p, o, g));
    }

    /// <summary>Removes a quad of ids; true when it was there.</summary>
    public bool Remove(in EncodedQuad quad)
    {
        EnsureOpen();
        var key = Key(quad);
        if (_adds.Remove(key))
        {
            _view = null;
            return true;
        }

        if (!Contains(_start, key) || !_removes.Add(key))
        {
            return false;
        }

        _view = null;
        return true;
    }

    /// <summary>The id of <paramref name="term"/>, adding it to the dictionary if new (removed again on rollback).</summary>
    public TermId Intern(Term term)
    {
        EnsureOpen();
        return _store.Dictionary.GetOrAdd(term);
    }

    /// <summary>
    /// Makes the changes durable (the log record is fsynced before this returns) and visible to new snapshots. Returns
    /// the transaction's sequence number, or the current one when nothing changed.
    /// </summary>
    public long Commit()
    {
        EnsureOpen();
        _done = true;
        return _store.Commit(this, BuildChanges(), _startTermCount);
    }

    /// <summary>Rolls back unless committed, and lets the next writer in.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _store.Rollback(_startTermCount);
        }
    }

    /// <inheritdoc />
    public bool TryInternalize(Term term, out TermId id) => _store.Dictionary.TryGetId(term, long.MaxValue, out id);

    /// <inheritdoc />
    public Term Externalize(TermId id) => _store.Dictionary.GetTerm(id);

    /// <inheritdoc />
    public IQuadCursor OpenCursor() => new VersionCursor(View);

    /// <inheritdoc />
    public long CountQuads(in QuadPattern pattern) => VersionReader.CountQuads(View, pattern);

    /// <inheritdoc />
    public long EstimateQuads(in QuadPattern pattern) => VersionReader.CountQuads(View, pattern);

    /// <inheritdoc />
    public bool ContainsQuad(in EncodedQuad quad) => VersionReader.CountQuads(View, new QuadPattern(quad.Subject, quad.Predicate, quad.Object, quad.Graph)) > 0;

    /// <inheritdoc />
    public PredicateStatistics GetPredicateStatistics(TermId predicate, TermId graph) => VersionReader.GetPredicateStatistics(View, predicate, graph);

    /// <inheritdoc />
    public IReadOnlyList<TermId> GetNamedGraphs() => VersionReader.GetNamedGraphs(View);

    /// <summary>The quads matching the given terms (null = any) in one graph (null = the default graph), own changes included.</summary>
    public IEnumerable<Quad> GetQuads(Term? subject, Term? predicate, Term? @object, Term? graph)
    {
        var g = TermId.DefaultGraph;
        if (graph is not null && !TryInternalize(graph, out g))
        {
            return [];
        }

        return VersionReader.GetQuads(_store.Dictionary, View, subject, predicate, @object, g);
    }

    private static Key4 Key(in EncodedQuad q)
    {
        if (q.Subject.IsAny || q.Predicate.IsAny || q.Object.IsAny || q.Graph.IsAny)
        {
            throw new ArgumentException("A quad to write needs all four components (the default graph is TermId.DefaultGraph).", nameof(q));
        }

        return new Key4(q.Graph.Value, q.Subject.Value, q.Predicate.Value, q.Object.Value);
    }

    private static bool Contains(StoreVersion version, in Key4 key) => key.A == TermId.DefaultGraph.Value
        ? version.ContainsTriple(new Key3(key.B, key.C, key.D))
        : version.ContainsQuad(key);

    private ChangeSet BuildChanges()
    {
        var addT = new List<Key3>();
        var removeT = new List<Key3>();
        var addQ = new List<Key4>();
        var removeQ = new List<Key4>();
        foreach (var k in _adds)
        {
            if (k.A == TermId.DefaultGraph.Value)
            {
                addT.Add(new Key3(k.B, k.C, k.D));
            }
            else
            {
                addQ.Add(k);
            }
        }

        foreach (var k in _removes)
        {
            if (k.A == TermId.DefaultGraph.Value)
            {
                removeT.Add(new Key3(k.B, k.C, k.D));
            }
            else
            {
                removeQ.Add(k);
            }
        }

        return ChangeSet.FromUnsorted([.. addT], [.. removeT], [.. addQ], [.. removeQ]);
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_done, this);
}
