using System.Globalization;

namespace ValueFlows.Store.Durability;

/// <summary>File names of log segments and bulk files: <c>log/{first}.vfl</c>, <c>archive/{first}-{last}.vfl</c>, <c>archive/bulk-{seq}.vfq</c>.</summary>
internal static class LogFiles
{
    public static string ActiveName(long firstSequence) => $"{firstSequence:D20}.vfl";

    public static string ArchivedName(long firstSequence, long lastSequence) => $"{firstSequence:D20}-{lastSequence:D20}.vfl";

    public static string BulkName(long sequence) => $"bulk-{sequence:D20}.vfq";

    /// <summary>Active segments in order of their first sequence number.</summary>
    public static List<(string Path, long First)> ListActive(string logDirectory)
    {
        var list = new List<(string, long)>();
        foreach (var path in Directory.EnumerateFiles(logDirectory, "*.vfl"))
        {
            if (long.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out long first))
            {
                list.Add((path, first));
            }
        }

        list.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return list;
    }

    /// <summary>Archived segments in order of their first sequence number.</summary>
    public static List<(string Path, long First, long Last)> ListArchived(string archiveDirectory)
    {
        var list = new List<(string, long, long)>();
        foreach (var path in Directory.EnumerateFiles(archiveDirectory, "*.vfl"))
        {
            var parts = Path.GetFileNameWithoutExtension(path).Split('-');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long first)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long last))
            {
                list.Add((path, first, last));
            }
        }

        list.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return list;
    }

    /// <summary>Snapshots in order of their sequence number.</summary>
    public static List<(string Path, long Sequence)> ListSnapshots(string directory)
    {
        var list = new List<(string, long)>();
        foreach (var path in Directory.EnumerateFiles(directory, "snapshot-*.vfs"))
        {
            var name = Path.GetFileNameWithoutExtension(path)["snapshot-".Length..];
            if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
            {
                list.Add((path, sequence));
            }
        }

        list.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return list;
    }

    /// <summary>Bulk files with the sequence number in their name.</summary>
    public static List<(string Path, long Sequence)> ListBulk(string archiveDirectory)
    {
        var list = new List<(string, long)>();
        foreach (var path in Directory.EnumerateFiles(archiveDirectory, "bulk-*.vfq"))
        {
            var name = Path.GetFileNameWithoutExtension(path)["bulk-".Length..];
            if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
            {
                list.Add((path, sequence));
            }
        }

        return list;
    }
}
