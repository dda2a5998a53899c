using System.Globalization;
using ValueFlows.Core.Records;
using ValueFlows.Core.Replay;
using ValueFlows.Rdf;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// <c>vf import --replay FILE...</c> (DECISIONS.md 7, 8): reads the files, then replays their VF records through Core into
/// the data directory in one transaction — or, when any record is refused, writes nothing and lists every refusal.
/// </summary>
internal static class ReplayImport
{
    public static void Run(string[] paths, RdfFormat[] formats, string? inputBase, string dataDirectory)
    {
        using var store = DataDirectoryStore.Open(dataDirectory, create: true);
        var ledger = new VfLedger(store, store.BaseIri ?? DataDirectoryStore.DefaultBaseIri);
        var quads = new List<Quad>();
        for (int i = 0; i < paths.Length; i++)
        {
            using var input = paths[i] == "-" ? Console.OpenStandardInput() : new FileStream(paths[i], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            // Each file's blank nodes stay its own.
            var options = RdfReaderOptions.Default.WithBaseIri(inputBase ?? ledger.BaseIri).WithBlankNodePrefix(string.Create(CultureInfo.InvariantCulture, $"f{i}-"));
            using var reader = formats[i].CreateReader(input, options);
            quads.AddRange(reader.ReadAll());
        }

        var started = DateTime.UtcNow;
        var report = RecordReplay.Replay(ledger, quads);
        foreach (var note in report.Ignored.GroupBy(n => n.Predicate))
        {
            Console.Error.WriteLine($"vf: note: {note.Count()} × {note.Key.Value} not imported: {note.First().Reason}");
        }

        if (!report.Succeeded)
        {
            foreach (var error in report.Errors)
            {
                Console.Error.WriteLine($"vf: {error}");
            }

            throw new InvalidOperationException($"{report.Errors.Count} record(s) refused; nothing was imported.");
        }

        var counts = string.Join(", ", report.Created.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value} {p.Key}")));
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vf: replayed {report.TotalCreated:N0} records ({counts}) in {(DateTime.UtcNow - started).TotalSeconds:F1} s as transaction {report.Sequence} into '{store.DirectoryPath}'."));
        if (report.DerivedValuesSkipped > 0)
        {
            Console.Error.WriteLine($"vf: note: {report.DerivedValuesSkipped} resource quantities/locations/accountable values in the input were recomputed from the events, not read.");
        }
    }
}
