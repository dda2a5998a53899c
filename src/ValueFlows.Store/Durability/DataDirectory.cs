using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueFlows.Store.Durability;

/// <summary>
/// The data directory: <c>vf-store.json</c> (format version, base IRI, creation time), the exclusive <c>lock</c> file
/// with <c>lock.pid</c> beside it, snapshots, <c>log/</c> (the active segments, replayed at start) and <c>archive/</c>
/// (sealed segments and bulk-load files: the history, never replayed at start). One process at a time (DECISIONS.md 24).
/// </summary>
internal sealed class DataDirectory : IDisposable
{
    private const string MetadataFile = "vf-store.json";
    private readonly FileStream _lock;

    private DataDirectory(string path, FileStream @lock, string? baseIri)
    {
        Path = path;
        _lock = @lock;
        BaseIri = baseIri;
    }

    public string Path { get; }

    public string LogPath => System.IO.Path.Combine(Path, "log");

    public string ArchivePath => System.IO.Path.Combine(Path, "archive");

    public string? BaseIri { get; private set; }

    /// <summary>Creates or opens the directory, takes the lock and checks the format version and base IRI.</summary>
    public static DataDirectory Open(string path, string? baseIri)
    {
        path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(path);
        var @lock = AcquireLock(path);
        try
        {
            Directory.CreateDirectory(System.IO.Path.Combine(path, "log"));
            Directory.CreateDirectory(System.IO.Path.Combine(path, "archive"));
            var metadataPath = System.IO.Path.Combine(path, MetadataFile);
            string? storedBase = null;
            if (File.Exists(metadataPath))
            {
                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(File.ReadAllText(metadataPath));
                }
                catch (JsonException e)
                {
                    throw new StoreException(StoreErrorKind.CorruptSnapshot, $"'{metadataPath}' is not valid JSON: {e.Message}", e);
                }

                int version = node?["formatVersion"]?.GetValue<int>() ?? -1;
                if (version != StoreFormat.Version)
                {
                    throw new StoreException(
                        StoreErrorKind.FormatVersion,
                        $"The data directory '{path}' has format version {version}; this program reads version {StoreFormat.Version}. " +
                        "Export it with the vf that wrote it and import it here.");
                }

                storedBase = node?["baseIri"]?.GetValue<string>();
                if (baseIri is not null && storedBase is not null && !string.Equals(baseIri, storedBase, StringComparison.Ordinal))
                {
                    throw new StoreException(
                        StoreErrorKind.BaseIriMismatch,
                        $"The data directory '{path}' was created with base IRI <{storedBase}>; it cannot be opened with <{baseIri}>. " +
                        "Use that base, or another data directory.");
                }
            }

            var directory = new DataDirectory(path, @lock, storedBase);
            if (!File.Exists(metadataPath) || (storedBase is null && baseIri is not null))
            {
                directory.WriteMetadata(baseIri);
            }

            return directory;
        }
        catch
        {
            @lock.Dispose();
            throw;
        }
    }

    public string SnapshotPath(long sequence) => System.IO.Path.Combine(Path, SnapshotFile.FileName(sequence));

    public void Dispose()
    {
        try
        {
            File.Delete(System.IO.Path.Combine(Path, "lock.pid"));
        }
        catch (IOException)
        {
            // The pid file only explains a held lock; the lock itself dies with the handle.
        }

        _lock.Dispose();
    }

    private static FileStream AcquireLock(string path)
    {
        var lockPath = System.IO.Path.Combine(path, "lock");
        var pidPath = System.IO.Path.Combine(path, "lock.pid");
        FileStream stream;
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix and a share-mode lock on Windows; both die
            // with the process, so a crash never leaves the directory locked.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            string owner;
            try
            {
                owner = File.ReadAllText(pidPath).Trim();
            }
            catch (IOException)
            {
                owner = "unknown";
            }

            throw new StoreException(
                StoreErrorKind.InUse,
                $"The data directory '{path}' is in use by PID {owner}; stop that process or use another --data directory.", e);
        }

        File.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return stream;
    }

    private void WriteMetadata(string? baseIri)
    {
        var node = new JsonObject
        {
            ["formatVersion"] = StoreFormat.Version,
            ["baseIri"] = baseIri,
            ["createdUtc"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        var metadataPath = System.IO.Path.Combine(Path, MetadataFile);
        var temporary = metadataPath + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, node, new JsonSerializerOptions { WriteIndented = true });
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, metadataPath, overwrite: true);
        FileSync.Directory(Path);
        BaseIri = baseIri;
    }
}
