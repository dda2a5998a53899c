using System.Diagnostics;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Durability;
using ValueFlows.Store.Indexing;

namespace ValueFlows.Store;

/// <summary>
/// A bulk load: any number of RDF documents or quads added as ONE transaction (DECISIONS.md 4) — one sequence number,
/// all or nothing; disposing without <see cref="Commit"/> (or a crash) leaves the store as it was. Quads are encoded as
/// they are read (memory: the ids of the loaded quads, which the store keeps anyway, plus bounded buffers) and written
/// to an immutable archive file that the log record points at. Holds the store's single writer until disposed.
/// </summary>
public sealed class BulkLoad : IDisposable
{
    private const int ProgressEvery = 1 << 14;

    private readonly QuadStore _store;
    private readonly StoreVersion _start;
    private readonly long _startTermCount;
    private readonly BulkKeys _keys = new();
    private readonly BulkFileWriter? _file;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Action<BulkLoadProgress>? _progress;
    private long _bytesBefore;
    private Func<long>? _bytesNow;
    private bool _done;

    // The last term of each position and its id: consecutive quads often share subject, predicate and graph.
    private Term? _lastSubject;
    private TermId _lastSubjectId;
    private Term? _lastPredicate;
    private TermId _lastPredicateId;
    private Term? _lastGraph;
    private TermId _lastGraphId;

    internal BulkLoad(QuadStore store, StoreVersion start, long startTermCount, BulkFileWriter? file, Action<BulkLoadProgress>? progress)
    {
        _store = store;
        _start = start;
        _startTermCount = startTermCount;
        _file = file;
        _progress = progress;
    }

    /// <summary>Quads read so far (duplicates included).</summary>
    public long QuadCount { get; private set; }

    /// <summary>Input bytes read so far by <see cref="Add(Stream, RdfFormat, RdfReaderOptions?, Term?)"/>.</summary>
    public long ByteCount => _bytesBefore + (_bytesNow?.Invoke() ?? 0);

    /// <summary>
    /// Reads a whole document. Quads of its default graph go to <paramref name="graph"/> when given (null: the default
    /// graph); quads of its named graphs keep their graph.
    /// </summary>
    /// <exception cref="RdfSyntaxException">The input is malformed; nothing of this bulk load is kept once disposed.</exception>
    public void Add(Stream input, RdfFormat format, RdfReaderOptions? options = null, Term? graph = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(format);
        EnsureOpen();
        var counting = new CountingStream(input);
        _bytesNow = () => counting.BytesRead;
        try
        {
            using var reader = format.CreateReader(counting, options);
            Add(reader, graph);
        }
        finally
        {
            _bytesBefore += counting.BytesRead;
            _bytesNow = null;
        }
    }

    /// <summary>Reads every quad of <paramref name="reader"/> (default-graph quads into <paramref name="graph"/> when given).</summary>
    public void Add(RdfReader reader, Term? graph = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.TryRead(out var quad))
        {
            Add(graph is not null && quad.Graph is null ? quad.WithGraph(graph) : quad);
        }

        Report();
    }

    /// <summary>Adds one quad.</summary>
    public void Add(in Quad quad)
    {
        EnsureOpen();
        var d = _store.Dictionary;
        if (!ReferenceEquals(quad.Subject, _lastSubject) && !quad.Subject.Equals(_lastSubject))
        {
            _lastSubject = quad.Subject;
            _lastSubjectId = d.GetOrAdd(quad.Subject);
        }

        if (!ReferenceEquals(quad.Predicate, _lastPredicate) && !quad.Predicate.Equals(_lastPredicate))
        {
            _lastPredicate = quad.Predicate;
            _lastPredicateId = d.GetOrAdd(quad.Predicate);
        }

        var o = d.GetOrAdd(quad.Object);
        var g = TermId.DefaultGraph;
        if (quad.Graph is not null)
        {
            if (!ReferenceEquals(quad.Graph, _lastGraph) && !quad.Graph.Equals(_lastGraph))
            {
                _lastGraph = quad.Graph;
                _lastGraphId = d.GetOrAdd(quad.Graph);
            }

            g = _lastGraphId;
        }

        _keys.Add(_lastSubjectId, _lastPredicateId, o, g);
        _file?.Write(_lastSubjectId, _lastPredicateId, o, g);
        if ((++QuadCount & (ProgressEvery - 1)) == 0)
        {
            Report();
        }
    }

    /// <summary>Adds quads.</summary>
    public void AddRange(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var q in quads)
        {
            Add(q);
        }
    }

    /// <summary>
    /// Sorts the loaded quads into the indexes, fsyncs the archive file and the log record, and publishes the new state.
    /// Returns the load's sequence number (the current one when nothing was read).
    /// </summary>
    public long Commit()
    {
        EnsureOpen();
        _done = true;
        Report();
        return _store.CommitBulk(_start, _keys, _file, _startTermCount);
    }

    /// <summary>Rolls back unless committed, and lets the next writer in.</summary>
    public void Dispose()
    {
        _file?.Dispose();
        if (!_done)
        {
            _done = true;
            _store.Rollback(_startTermCount);
        }
    }

    private void Report() => _progress?.Invoke(new BulkLoadProgress(QuadCount, ByteCount, _clock.Elapsed));

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_done, this);
}
