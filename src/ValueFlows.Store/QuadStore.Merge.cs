using ValueFlows.Store.Indexing;

namespace ValueFlows.Store;

/// <summary>
/// Background merges (PERFORMANCE.md "Versions"): commits only add small sorted runs to the indexes; once the runs of
/// some index outgrow an eighth of its base, the writer pins the runs and a background task folds them into new bases.
/// The result is swapped into the current version by whoever holds the writer next (the task itself when the writer is
/// free, else the next commit); the swap is a few references, so commits stay fast and readers, which only ever read
/// the published version, never wait. A swapped-in version has the same sequence number and content as the one it
/// replaces, so readers keep repeatable read whichever of the two they hold.
/// </summary>
public sealed partial class QuadStore
{
    private Task<MergedBases>? _merge;

    /// <summary>Runs on the merge task before it folds anything (tests hold a merge open with it).</summary>
    internal Action? BeforeMerge { get; set; }

    /// <summary>True while a merge is running or waiting to be installed.</summary>
    internal bool IsMerging => Volatile.Read(ref _merge) is not null;

    /// <summary>Waits until no merge is running or waiting to be installed (tests and benchmarks).</summary>
    internal void WaitForMerges()
    {
        while (Volatile.Read(ref _merge) is { } running)
        {
            try
            {
                running.Wait();
            }
            catch (AggregateException)
            {
                // Reported by InstallFinishedMerge.
            }

            _writer.Wait();
            try
            {
                if (!_disposed)
                {
                    Volatile.Write(ref _version, ScheduleMerge(InstallFinishedMerge(Volatile.Read(ref _version))));
                }
                else
                {
                    Volatile.Write(ref _merge, null);
                }
            }
            finally
            {
                _writer.Release();
            }
        }
    }

    // The runs that replaying the log left behind are folded like a commit's.
    private void MergeReplayedRuns()
    {
        _writer.Wait();
        try
        {
            Volatile.Write(ref _version, ScheduleMerge(Volatile.Read(ref _version)));
        }
        finally
        {
            ReleaseWriter();
        }
    }

    // Writer only: the current version with a finished merge swapped in.
    private StoreVersion InstallFinishedMerge(StoreVersion current)
    {
        var merge = Volatile.Read(ref _merge);
        if (merge is null || !merge.IsCompleted)
        {
            return current;
        }

        Volatile.Write(ref _merge, null);
        if (!merge.IsCompletedSuccessfully)
        {
            Warn($"A background index merge failed (the next one retries): {merge.Exception?.GetBaseException().Message}");
            return current;
        }

        return current.WithMerged(merge.Result);
    }

    // Writer only: `next`, with its runs pinned for a merge that this starts when one is due and none is running.
    private StoreVersion ScheduleMerge(StoreVersion next)
    {
        if (Volatile.Read(ref _merge) is not null || Volatile.Read(ref _closing) == 1 || !next.NeedsMerge)
        {
            return next;
        }

        var pinned = next.PinForMerge();
        var before = BeforeMerge;
        var merge = Task.Run(() =>
        {
            before?.Invoke();
            return MergedBases.Compute(pinned);
        });
        Volatile.Write(ref _merge, merge);
        merge.ContinueWith(_ => InstallMergeWhenIdle(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return pinned;
    }

    // Installs a finished merge if the writer is free; otherwise the writer's next commit (or release) does.
    private void InstallMergeWhenIdle()
    {
        while (Volatile.Read(ref _merge) is { IsCompleted: true } && Volatile.Read(ref _closing) == 0 && _writer.Wait(0))
        {
            try
            {
                if (_disposed)
                {
                    return;
                }

                var current = Volatile.Read(ref _version);
                var next = ScheduleMerge(InstallFinishedMerge(current));
                if (!ReferenceEquals(next, current))
                {
                    Volatile.Write(ref _version, next);
                }
            }
            finally
            {
                _writer.Release();
            }
        }
    }

    // Every writer leaves through here: a merge that finished while the writer was busy is installed now.
    private void ReleaseWriter()
    {
        _writer.Release();
        InstallMergeWhenIdle();
    }

    private void WaitForRunningMerge()
    {
        try
        {
            Volatile.Read(ref _merge)?.Wait();
        }
        catch (AggregateException)
        {
            // The store is closing: the result is not needed.
        }
    }
}
