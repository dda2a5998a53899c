using GraphQL;
using ValueFlows.Core.Derived;
using ValueFlows.Core.Events;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Execution;

/// <summary>
/// The state of one GraphQL request, reachable from every resolver as its <c>UserContext</c> (<see cref="Of"/>): the
/// ledger, one read snapshot opened on first use (DECISIONS 6), the batch loader over it, the event recorder and the
/// agent the request acts as (DECISIONS 23).
/// </summary>
internal sealed class VfGraphQLContext : Dictionary<string, object?>, IDisposable
{
    private readonly Lock _lock = new();
    private VfReadContext? _read;
    private EventRecorder? _events;
    private VfDerivedReader? _derived;

    public VfGraphQLContext(VfLedger ledger, VfGraphQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        Ledger = ledger;
        Options = options;
        Loader = new VfRecordLoader(() => Read);
        Now = DateTimeOffset.UtcNow;
    }

    public VfLedger Ledger { get; }

    public VfGraphQLOptions Options { get; }

    /// <summary>The batch loader over <see cref="Read"/>.</summary>
    public VfRecordLoader Loader { get; }

    /// <summary>The request's time, the "now" of filters such as <c>active</c>.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>How many snapshots this request opened (one per read phase: for tests).</summary>
    public int SnapshotsOpened { get; private set; }

    /// <summary>The request's read snapshot, opened on first use.</summary>
    public VfReadContext Read
    {
        get
        {
            lock (_lock)
            {
                if (_read is null)
                {
                    _read = Ledger.OpenRead();
                    SnapshotsOpened++;
                }

                return _read;
            }
        }
    }

    /// <summary>The derived fields over <see cref="Read"/> (relations, progress).</summary>
    public VfDerivedReader Derived
    {
        get
        {
            var read = Read;
            lock (_lock)
            {
                return _derived ??= new VfDerivedReader(read);
            }
        }
    }

    /// <summary>Core's recorder of economic events (applies every action effect).</summary>
    public EventRecorder Events
    {
        get
        {
            lock (_lock)
            {
                return _events ??= new EventRecorder(Ledger);
            }
        }
    }

    /// <summary>The agent the request acts as (<c>myAgent</c>), or null when none is configured.</summary>
    public Iri? MyAgent => Options.MyAgent;

    /// <summary>The context of the request <paramref name="context"/> belongs to.</summary>
    public static VfGraphQLContext Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext as VfGraphQLContext
            ?? throw new InvalidOperationException("The request was not started by VfGraphQLExecutor.");
    }

    /// <summary>After a write: the next read sees it (a new snapshot, an empty loader cache).</summary>
    public void Reopen()
    {
        lock (_lock)
        {
            _read?.Dispose();
            _read = null;
            _derived = null;
        }

        // Outside the lock: the loader takes its own lock and then this one (Read), never the other way round.
        Loader.Clear();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _read?.Dispose();
            _read = null;
        }
    }
}
