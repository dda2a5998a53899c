using GraphQL.DataLoader;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Execution;

/// <summary>
/// The batch loader of one request (GraphQL.DataLoader is not served: DECISIONS 21). A resolver asks for records with
/// <see cref="Load"/>/<see cref="LoadMany"/> and returns the pending result; the executor resolves pending results after
/// the other fields of the level, so the first one read fetches every record asked for so far in one
/// <c>VfReadContext.GetMany</c>. Records stay cached for the request until the snapshot is reopened.
/// </summary>
internal sealed class VfRecordLoader
{
    private readonly Func<Core.Records.VfReadContext> _read;
    private readonly Lock _lock = new();
    private readonly Dictionary<Iri, VfRecord?> _loaded = [];
    private readonly List<Iri> _pending = [];

    public VfRecordLoader(Func<Core.Records.VfReadContext> read)
    {
        _read = read;
    }

    /// <summary>How many batches were read from the snapshot (for tests: bounded, independent of list sizes).</summary>
    public int BatchCount { get; private set; }

    /// <summary>The record <paramref name="id"/> (null when there is none), read with the next batch.</summary>
    public IDataLoaderResult<VfRecord?> Load(Iri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Enqueue([id]);
        return new Pending<VfRecord?>(() => Get(id));
    }

    /// <summary>
    /// The records <paramref name="ids"/> that exist and can satisfy their GraphQL type, in order, read with the next
    /// batch (DECISIONS 14: lists skip the others and count them in <see cref="Skipped"/>).
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<VfRecord>> LoadMany(IReadOnlyList<Iri> ids) =>
        LoadMany<IReadOnlyList<VfRecord>>(ids, records => [.. records.OfType<VfRecord>()]);

    /// <summary>The records <paramref name="ids"/> (null where missing or incomplete), read with the next batch, passed to <paramref name="then"/>.</summary>
    public IDataLoaderResult<T> LoadMany<T>(IReadOnlyList<Iri> ids, Func<IReadOnlyList<VfRecord?>, T> then)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(then);
        Enqueue(ids);
        return new Pending<T>(() => then([.. ids.Select(Complete)]));
    }

    /// <summary>How many listed records were left out because they lack a value their non-null fields need.</summary>
    public int Skipped { get; private set; }

    private VfRecord? Complete(Iri id)
    {
        var record = Get(id);
        if (record is null || record.Type.Fields.All(f => !f.Required || f.IsInverse || record.Get(f.Name).Count > 0))
        {
            return record;
        }

        lock (_lock)
        {
            Skipped++;
        }

        return null;
    }

    /// <summary>The record <paramref name="id"/> now (reads the pending batch with it when not cached).</summary>
    public VfRecord? Get(Iri id)
    {
        lock (_lock)
        {
            if (_loaded.TryGetValue(id, out var record))
            {
                return record;
            }

            _pending.Add(id);
            Flush();
            return _loaded[id];
        }
    }

    /// <summary>Forgets every cached record (after a write, with a new snapshot).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _loaded.Clear();
            _pending.Clear();
        }
    }

    private void Enqueue(IReadOnlyList<Iri> ids)
    {
        lock (_lock)
        {
            foreach (var id in ids)
            {
                if (!_loaded.ContainsKey(id))
                {
                    _pending.Add(id);
                }
            }
        }
    }

    private void Flush()
    {
        var ids = _pending.Where(id => !_loaded.ContainsKey(id)).Distinct().ToList();
        _pending.Clear();
        if (ids.Count == 0)
        {
            return;
        }

        var records = _read().GetMany(ids);
        BatchCount++;
        for (int i = 0; i < ids.Count; i++)
        {
            _loaded[ids[i]] = records[i];
        }
    }

    private sealed class Pending<T>(Func<T> result) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(result());

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
