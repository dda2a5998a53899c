namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The cancellation of one query: the caller's token, linked with a timer when the query has a time limit. The
/// evaluator checks <see cref="Token"/> in its long loops; results pass through <see cref="Guard{T}"/>, which turns the
/// timer's cancellation into a <see cref="SparqlTimeoutException"/> (the caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>).
/// </summary>
internal sealed class QueryDeadline : IDisposable
{
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _timer;
    private readonly TimeSpan _limit;

    public QueryDeadline(TimeSpan? limit, CancellationToken caller)
    {
        _caller = caller;
        if (limit is { } l)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(l, TimeSpan.Zero, nameof(limit));
            _limit = l;
            _timer = CancellationTokenSource.CreateLinkedTokenSource(caller);
            _timer.CancelAfter(l);
            Token = _timer.Token;
        }
        else
        {
            Token = caller;
        }
    }

    public CancellationToken Token { get; }

    private bool TimedOut => _timer is not null && _timer.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>Runs <paramref name="evaluate"/>, reporting the time limit as a <see cref="SparqlTimeoutException"/>.</summary>
    public T Run<T>(Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (OperationCanceledException e) when (TimedOut)
        {
            throw new SparqlTimeoutException(_limit, e);
        }
    }

    /// <summary>
    /// The items of a lazily evaluated result, with the time limit reported as a <see cref="SparqlTimeoutException"/>;
    /// the timer is released when the enumeration ends.
    /// </summary>
    public IEnumerable<T> Guard<T>(IEnumerable<T> items)
    {
        if (_timer is null)
        {
            return items;
        }

        return Guarded(items);
    }

    private IEnumerable<T> Guarded<T>(IEnumerable<T> items)
    {
        try
        {
            using var enumerator = Run(items.GetEnumerator);
            while (Run(enumerator.MoveNext))
            {
                yield return enumerator.Current;
            }
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose() => _timer?.Dispose();
}
