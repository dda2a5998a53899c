using ValueFlows.Store.Durability;
using ValueFlows.Store.Indexing;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store;

/// <summary>
/// The embedded quad store: terms dictionary-encoded to 64-bit ids, quads in sorted index orders so that every pattern
/// is a range scan, a durable log and background checkpoints in a data directory.
/// <para>
/// Isolation: many readers and one writer. <see cref="OpenSnapshot"/> gives snapshot isolation ("repeatable read"): a
/// reader sees one committed state for its whole lifetime and never waits. <see cref="BeginWrite"/> and
/// <see cref="BeginBulkLoad"/> take the single writer; a transaction commits all of its changes or none.
/// </para>
/// <para>
/// Durability: a commit returns only after its log record is fsynced. At start the store loads the latest snapshot and
/// replays the active log; a torn tail is cut off with a warning, damage before the end stops the start with a
/// <see cref="StoreException"/> naming the file and offset. Log segments that a checkpoint has covered move to the
/// archive, which keeps every transaction (DECISIONS.md 3). The data directory is locked for one process.
/// </para>
/// </summary>
public sealed partial class QuadStore : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Lock _checkpointLock = new();
    private readonly QuadStoreOptions _options;
    private readonly DataDirectory? _directory;
    private readonly List<string> _warnings = [];
    private readonly List<(string Path, long First, long Last)> _sealed = [];
    private readonly RecordBuffer _record = new(1 << 16);
    private StoreVersion _version = StoreVersion.Empty;
    private LogSegmentWriter? _log;
    private long _logLastSequence;
    private long _snapshotSequence;
    private Task _checkpoint = Task.CompletedTask;
    private Exception? _fault;
    private bool _disposed;
    private int _closing;

    private QuadStore(QuadStoreOptions options, DataDirectory? directory)
    {
        _options = options;
        _directory = directory;
    }

    /// <summary>The directory the store lives in, or null for an in-memory store.</summary>
    public string? DirectoryPath => _directory?.Path;

    /// <summary>The base IRI recorded in the data directory, or null.</summary>
    public string? BaseIri => _directory?.BaseIri;

    /// <summary>The sequence number of the last committed transaction (0 for an empty store).</summary>
    public long Sequence => Volatile.Read(ref _version).Sequence;

    /// <summary>The warnings given while opening (torn tails cut off, rebuilds from the archive).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Bytes held by the dictionary and the indexes of the current state (an estimate of resident memory).</summary>
    public long MemoryBytes
    {
        get
        {
            var v = Volatile.Read(ref _version);
            long bytes = Dictionary.ByteSize + (v.Revisions.Count * 16);
            foreach (var t in v.Triples)
            {
                bytes += t.Count * 24;
            }

            foreach (var q in v.Quads)
            {
                bytes += q.Count * 32;
            }

            return bytes;
        }
    }

    internal TermDictionary Dictionary { get; } = new();

    /// <summary>A store that lives only in memory (no log, no lock): for tests and throw-away work.</summary>
    public static QuadStore CreateInMemory() => new(QuadStoreOptions.Default, null);

    /// <summary>Opens (or creates) the store in <paramref name="directory"/>, recovering its last committed state.</summary>
    /// <exception cref="StoreException">The directory is in use, of another format or base IRI, or damaged.</exception>
    public static QuadStore Open(string directory, QuadStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= QuadStoreOptions.Default;
        var data = DataDirectory.Open(directory, options.BaseIri);
        var store = new QuadStore(options, data);
        try
        {
            store.Recover();
            store.MergeReplayedRuns();
            return store;
        }
        catch
        {
            store.CloseFiles();
            throw;
        }
    }

    /// <summary>A snapshot of the last committed state; never waits.</summary>
    public StoreSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new StoreSnapshot(Dictionary, Volatile.Read(ref _version));
    }

    /// <summary>Starts the write transaction, waiting until the previous writer has finished.</summary>
    public WriteTransaction BeginWrite()
    {
        EnterWriter();
        return new WriteTransaction(this, Volatile.Read(ref _version), Dictionary.Count);
    }

    /// <summary>Starts a bulk load (one transaction), waiting until the previous writer has finished.</summary>
    public BulkLoad BeginBulkLoad(Action<BulkLoadProgress>? progress = null)
    {
        EnterWriter();
        try
        {
            var start = Volatile.Read(ref _version);
            BulkFileWriter? file = null;
            if (_directory is not null)
            {
                var name = LogFiles.BulkName(start.Sequence + 1);
                file = new BulkFileWriter(Path.Combine(_directory.ArchivePath, name + ".tmp"), start.Sequence + 1, Dictionary);
            }

            return new BulkLoad(this, start, Dictionary.Count, file, progress);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Writes a snapshot of the current state and moves the log it covers to the archive, then returns. Readers and the
    /// writer go on meanwhile (the writer waits only while the active log segment is sealed).
    /// </summary>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Task running;
        lock (_checkpointLock)
        {
            running = _checkpoint;
        }

        running.GetAwaiter().GetResult();
        RunCheckpoint();
    }

    /// <summary>Waits for a running checkpoint, closes the log and releases the data directory.</summary>
    public void Dispose()
    {
        if (_disposed || Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        Task running;
        lock (_checkpointLock)
        {
            running = _checkpoint;
        }

        WaitForRunningMerge();
        try
        {
            running.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // The log still holds everything the failed checkpoint would have covered.
            Warn($"The last background checkpoint failed: {e.Message}");
        }

        // Same order as a checkpoint (checkpoint slot, then writer): no checkpoint or writer is active once both are held.
        _checkpointRunning.Wait();
        _writer.Wait();
        try
        {
            _disposed = true;
            CloseFiles();
        }
        finally
        {
            _writer.Release();
            _checkpointRunning.Release();
        }
    }

    internal void Warn(string message)
    {
        _warnings.Add(message);
        if (_options.Warning is { } sink)
        {
            sink(message);
        }
        else
        {
            Console.Error.WriteLine($"vf store warning: {message}");
        }
    }

    private void EnterWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait();
        if (_disposed)
        {
            _writer.Release();
            throw new ObjectDisposedException(nameof(QuadStore));
        }

        if (_fault is not null)
        {
            _writer.Release();
            throw new StoreException(StoreErrorKind.Faulted, $"The store stopped writing after a failed log write: {_fault.Message}", _fault);
        }
    }

    private void CloseFiles()
    {
        _log?.Dispose();
        _log = null;
        _directory?.Dispose();
    }
}
