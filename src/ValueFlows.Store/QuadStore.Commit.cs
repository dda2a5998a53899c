using ValueFlows.Store.Durability;
using ValueFlows.Store.Indexing;

namespace ValueFlows.Store;

/// <summary>Commits, rollbacks and checkpoints.</summary>
public sealed partial class QuadStore
{
    private readonly SemaphoreSlim _checkpointRunning = new(1, 1);

    internal long Commit(WriteTransaction transaction, ChangeSet changes, long startTermCount)
    {
        try
        {
            var current = InstallFinishedMerge(Volatile.Read(ref _version));
            if (changes.IsEmpty)
            {
                Dictionary.Truncate(startTermCount);
                Volatile.Write(ref _version, current);
                return current.Sequence;
            }

            long sequence = current.Sequence + 1;
            var time = DateTime.UtcNow;
            var next = current.Apply(changes, sequence, time, Dictionary.Count);
            if (_log is not null)
            {
                LogRecordCodec.WriteChanges(_record, sequence, time, changes, Dictionary);
                Append();
            }

            Publish(ScheduleMerge(next));
            if (_log is not null && _log.Length > _options.CheckpointLogBytes)
            {
                StartBackgroundCheckpoint();
            }

            return sequence;
        }
        catch
        {
            Dictionary.Truncate(startTermCount);
            throw;
        }
        finally
        {
            GC.KeepAlive(transaction);
            ReleaseWriter();
        }
    }

    internal long CommitBulk(StoreVersion start, BulkKeys keys, BulkFileWriter? file, long startTermCount)
    {
        try
        {
            if (keys.Count == 0)
            {
                Dictionary.Truncate(startTermCount);
                return start.Sequence;
            }

            long sequence = start.Sequence + 1;
            var time = DateTime.UtcNow;
            var next = keys.ApplyTo(start, sequence, time, Dictionary.Count);
            if (file is not null && _directory is not null)
            {
                var info = file.Finish(Path.Combine(_directory.ArchivePath, LogFiles.BulkName(sequence)));
                LogRecordCodec.WriteBulkLoad(_record, sequence, time, info);
                Append();
            }

            Publish(next);
            if (_directory is not null && _options.CheckpointAfterBulkLoad)
            {
                StartBackgroundCheckpoint();
            }

            return sequence;
        }
        catch
        {
            Dictionary.Truncate(startTermCount);
            throw;
        }
        finally
        {
            ReleaseWriter();
        }
    }

    internal void Rollback(long startTermCount)
    {
        try
        {
            Dictionary.Truncate(startTermCount);
        }
        finally
        {
            ReleaseWriter();
        }
    }

    private void Publish(StoreVersion next)
    {
        Volatile.Write(ref _version, next);
        _logLastSequence = next.Sequence;
    }

    private void Append()
    {
        try
        {
            _log!.Append(_record.Array.AsSpan(0, _record.Length));
        }
        catch (Exception e)
        {
            // The record may or may not be on disk: refuse further writes until a restart settles it from the log.
            _fault = e;
            throw new StoreException(StoreErrorKind.Faulted, $"Writing the log failed; the transaction is not committed: {e.Message}", e);
        }
    }

    private void StartBackgroundCheckpoint()
    {
        lock (_checkpointLock)
        {
            if (!_checkpoint.IsCompleted || Volatile.Read(ref _closing) == 1)
            {
                return;
            }

            _checkpoint = Task.Run(() =>
            {
                try
                {
                    RunCheckpoint();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Warn($"A background checkpoint failed (the log still holds everything): {e.Message}");
                }
            });
        }
    }

    private void RunCheckpoint()
    {
        if (_directory is null)
        {
            return;
        }

        _checkpointRunning.Wait();
        try
        {
            StoreVersion version;
            _writer.Wait();
            try
            {
                version = Volatile.Read(ref _version);
                if (_fault is not null || version.Sequence == _snapshotSequence || _disposed)
                {
                    return;
                }

                if (_log is not null && !_log.IsEmpty)
                {
                    lock (_sealed)
                    {
                        _sealed.Add((_log.Path, _log.FirstSequence, _logLastSequence));
                    }

                    _log.Dispose();
                    _log = null;
                    _log = LogSegmentWriter.Create(
                        Path.Combine(_directory.LogPath, LogFiles.ActiveName(version.Sequence + 1)), version.Sequence + 1);
                }
            }
            finally
            {
                ReleaseWriter();
            }

            SnapshotFile.Write(_directory.SnapshotPath(version.Sequence), version, Dictionary);
            ArchiveSealedSegments(version.Sequence);
            foreach (var (path, sequence) in LogFiles.ListSnapshots(_directory.Path))
            {
                if (sequence < version.Sequence)
                {
                    File.Delete(path);
                }
            }

            FileSync.Directory(_directory.Path);
            _snapshotSequence = version.Sequence;
        }
        finally
        {
            _checkpointRunning.Release();
        }
    }

    // Sealed segments that the snapshot at `covered` includes become history: the archive is never replayed at start.
    private void ArchiveSealedSegments(long covered)
    {
        bool moved = false;
        lock (_sealed)
        {
            for (int i = _sealed.Count - 1; i >= 0; i--)
            {
                var (path, first, last) = _sealed[i];
                if (last > covered)
                {
                    continue;
                }

                if (last < first)
                {
                    File.Delete(path);
                }
                else
                {
                    File.Move(path, Path.Combine(_directory!.ArchivePath, LogFiles.ArchivedName(first, last)));
                }

                _sealed.RemoveAt(i);
                moved = true;
            }
        }

        if (moved)
        {
            FileSync.Directory(_directory!.ArchivePath);
            FileSync.Directory(_directory.LogPath);
        }
    }
}
