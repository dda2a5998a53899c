using ValueFlows.Store.Durability;
using ValueFlows.Store.Indexing;

namespace ValueFlows.Store;

/// <summary>Start-up: the latest snapshot, then the active log (or, without a usable snapshot, the archive too).</summary>
public sealed partial class QuadStore
{
    private void Recover()
    {
        var directory = _directory!;
        foreach (var folder in new[] { directory.Path, directory.LogPath, directory.ArchivePath })
        {
            foreach (var leftover in Directory.EnumerateFiles(folder, "*.tmp"))
            {
                File.Delete(leftover);
            }
        }

        var version = StoreVersion.Empty;
        var snapshots = LogFiles.ListSnapshots(directory.Path);
        if (snapshots.Count > 0)
        {
            version = SnapshotFile.Read(snapshots[^1].Path, Dictionary);
            _snapshotSequence = version.Sequence;
        }

        var active = LogFiles.ListActive(directory.LogPath);
        var archived = LogFiles.ListArchived(directory.ArchivePath);
        long needed = version.Sequence + 1;
        long firstActive = active.Count > 0 ? active[0].First : long.MaxValue;
        long lastArchived = archived.Count > 0 ? archived[^1].Last : 0;
        var sources = new List<(string Path, bool Active)>();
        if (firstActive > needed && lastArchived >= needed)
        {
            Warn(snapshots.Count == 0
                ? $"No snapshot in '{directory.Path}': rebuilding the state from the log archive."
                : $"The newest snapshot (sequence {version.Sequence}) is older than the log: replaying the archive from sequence {needed}.");
            foreach (var a in archived)
            {
                if (a.Last >= needed)
                {
                    sources.Add((a.Path, false));
                }
            }
        }
        else if (firstActive > needed && active.Count > 0)
        {
            throw new StoreException(
                StoreErrorKind.MissingSnapshot,
                $"The log in '{directory.LogPath}' starts at sequence {firstActive}, but the newest snapshot holds sequence " +
                $"{version.Sequence} and the archive does not hold the transactions in between: a snapshot is missing. " +
                "Restore it (or the archive) from a backup.");
        }

        foreach (var a in active)
        {
            sources.Add((a.Path, true));
        }

        var scratch = new RecordBuffer();
        for (int i = 0; i < sources.Count; i++)
        {
            var (path, isActive) = sources[i];
            bool newest = i == sources.Count - 1 && isActive;
            var segment = LogSegmentReader.Read(path);
            if (segment.IsTornHeader)
            {
                if (!newest || segment.GoodLength != 0)
                {
                    throw new StoreException(StoreErrorKind.CorruptLog, $"Log segment '{path}' has no valid header but is not the newest segment.");
                }

                Warn($"Log segment '{path}' was created but never written (interrupted start or checkpoint): removed.");
                File.Delete(path);
                continue;
            }

            if (segment.HasTornTail && !newest)
            {
                throw new StoreException(
                    StoreErrorKind.CorruptLog,
                    $"Log segment '{path}' is damaged at byte offset {segment.GoodLength}: it ends in a partial record but newer " +
                    "segments follow it. Restore it from a backup.");
            }

            long last = segment.FirstSequence - 1;
            for (int r = 0; r < segment.RecordCount; r++)
            {
                var body = segment.Body(r);
                try
                {
                    var reader = new ByteReader(body);
                    var (sequence, time, kind) = LogRecordCodec.ReadHeader(ref reader);
                    last = sequence;
                    if (sequence <= version.Sequence)
                    {
                        continue;
                    }

                    if (sequence != version.Sequence + 1)
                    {
                        throw new StoreException(
                            StoreErrorKind.CorruptLog,
                            $"Log segment '{path}' at byte offset {segment.RecordOffset(r)}: expected transaction {version.Sequence + 1}, " +
                            $"found {sequence}; transactions are missing.");
                    }

                    if (kind == LogRecordKind.Changes)
                    {
                        var changes = LogRecordCodec.ReadChanges(ref reader, Dictionary, scratch);
                        version = version.Apply(changes, sequence, time, Dictionary.Count);
                    }
                    else
                    {
                        var info = LogRecordCodec.ReadBulkLoad(ref reader);
                        using var keys = new BulkKeys();
                        BulkFileReader.Read(Path.Combine(directory.ArchivePath, info.FileName), info, Dictionary, keys.Add);
                        version = keys.ApplyTo(version, sequence, time, Dictionary.Count);
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new StoreException(
                        StoreErrorKind.CorruptLog,
                        $"Log segment '{path}' at byte offset {segment.RecordOffset(r)}: the record passes its checksum but cannot be " +
                        $"read ({e.Message}); it was written by another program or version.",
                        e);
                }
            }

            if (!isActive)
            {
                continue;
            }

            if (newest)
            {
                if (segment.HasTornTail)
                {
                    long size = new FileInfo(path).Length;
                    Warn($"Log segment '{path}' ended in a partial record (a crash during a commit that was never acknowledged): " +
                        $"cut {size - segment.GoodLength} bytes at byte offset {segment.GoodLength}.");
                    using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite))
                    {
                        RandomAccess.SetLength(handle, segment.GoodLength);
                        RandomAccess.FlushToDisk(handle);
                    }
                }

                _log = LogSegmentWriter.OpenForAppend(path, segment.FirstSequence, segment.GoodLength);
            }
            else
            {
                _sealed.Add((path, segment.FirstSequence, last));
            }
        }

        foreach (var (path, sequence) in LogFiles.ListBulk(directory.ArchivePath))
        {
            if (sequence > version.Sequence)
            {
                // Written by a bulk load whose log record never made it: it was never acknowledged.
                File.Delete(path);
            }
        }

        _version = version;
        _logLastSequence = version.Sequence;
        _log ??= LogSegmentWriter.Create(Path.Combine(directory.LogPath, LogFiles.ActiveName(version.Sequence + 1)), version.Sequence + 1);
        if (_snapshotSequence > 0)
        {
            ArchiveSealedSegments(_snapshotSequence);
        }
    }
}
