using System.Diagnostics;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Durability;
using ValueFlows.Store.Indexing;
using ValueFlows.Store.Terms;

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
    private readonly TermIdCache _ids;
    private long _bytesBefore;
    private Func<long>? _bytesNow;
    private bool _done;

    internal BulkLoad(QuadStore store, StoreVersion start, long startTermCount, BulkFileWriter? file, Action<BulkLoadProgress>? progress)
    {
        _store = store;
        _start = start;
        _startTermCount = startTermCount;
        _file = file;
        _progress = progress;
        _ids = new TermIdCache(store.Dictionary);
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

    /// <summary>
    /// Reads every quad of <paramref name="reader"/> (default-graph quads into <paramref name="graph"/> when given). With
    /// more than one core, parsing runs on its own thread and hands over batches, so parsing and encoding overlap.
    /// </summary>
    public void Add(RdfReader reader, Term? graph = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        EnsureOpen();
        if (Environment.ProcessorCount < 2)
        {
            while (reader.TryRead(out var quad))
            {
                Add(graph is not null && quad.Graph is null ? quad.WithGraph(graph) : quad);
            }
        }
        else
        {
            using var pipeline = new ParsePipeline(reader);
            while (pipeline.TryTake(out var batch, out int count))
            {
                for (int i = 0; i < count; i++)
                {
                    ref readonly var quad = ref batch[i];
                    Add(graph is not null && quad.Graph is null ? quad.WithGraph(graph) : quad);
                }

                pipeline.Return(batch);
            }
        }

        Report();
    }

    /// <summary>Adds one quad.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(in Quad quad)
    {
        EnsureOpen();
        var s = _ids.GetOrAdd(quad.Subject);
        var p = _ids.GetOrAdd(quad.Predicate);
        var o = _ids.GetOrAdd(quad.Object);
        var g = quad.Graph is null ? TermId.DefaultGraph : _ids.GetOrAdd(quad.Graph);
        _keys.Add(s, p, o, g);
        _file?.Write(s, p, o, g);
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
        _keys.Dispose();
        if (!_done)
        {
            _done = true;
            _store.Rollback(_startTermCount);
        }
    }

    private void Report() => _progress?.Invoke(new BulkLoadProgress(QuadCount, ByteCount, _clock.Elapsed));

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_done, this);
}
