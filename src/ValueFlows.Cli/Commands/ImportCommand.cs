using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// <c>vf import FILE...</c>: bulk-loads RDF files into the data directory as ONE transaction (DECISIONS.md 4): all of
/// them or, on any error, none. Quads are stored as given (no VF effects, DECISIONS.md 7). With <c>--replay</c> the files'
/// VF records go through Core instead (<see cref="ReplayImport"/>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "RDF files to load, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var graph = new Option<string?>("--graph") { Description = "Load the files' default graph into this named graph (their named graphs stay as they are)." };
        var data = new Option<string>("--data") { Description = "The data directory.", DefaultValueFactory = _ => "vf-data" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI of the input, against which its relative IRIs resolve (not the store's base)." };
        var from = new Option<string?>("--from") { Description = "Input format (else from each file's extension)." };
        var replay = new Option<bool>("--replay")
        {
            Description = "Replay the files' VF records through the VF rules (events in time order; resource quantities and locations derived, "
                + "not read) instead of storing the quads as given. Relative IRIs resolve against the store's base unless --base is given.",
        };
        var command = new Command("import", "Load RDF files into the store, all in one transaction.") { files, graph, data, baseIri, from, replay };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var paths = parse.GetValue(files)!;
            var formats = paths.Select(p => FormatNames.Resolve(parse.GetValue(from), p, "from")).ToArray();
            foreach (var p in paths)
            {
                if (p != "-" && !File.Exists(p))
                {
                    throw new CliUsageException($"No such file: '{p}'.");
                }
            }

            if (parse.GetValue(replay))
            {
                if (parse.GetValue(graph) is not null)
                {
                    throw new CliUsageException("--replay writes VF records to the default graph; it takes no --graph.");
                }

                ReplayImport.Run(paths, formats, parse.GetValue(baseIri), parse.GetValue(data)!);
                return;
            }

            var target = GraphOption.Parse(parse.GetValue(graph));
            Import(paths, formats, target, parse.GetValue(baseIri), parse.GetValue(data)!);
        }));
        return command;
    }

    private static void Import(string[] paths, RdfFormat[] formats, Term? graph, string? baseIri, string dataDirectory)
    {
        long totalBytes = paths.Sum(p => p == "-" ? 0 : new FileInfo(p).Length);
        using var store = QuadStore.Open(dataDirectory, new QuadStoreOptions { Warning = w => Console.Error.WriteLine($"vf: warning: {w}") });
        long sequence = 0;
        long quads = 0;
        var started = DateTime.UtcNow;
        void Load(Action<BulkLoadProgress>? progress)
        {
            using var bulk = store.BeginBulkLoad(progress);
            for (int i = 0; i < paths.Length; i++)
            {
                using var input = paths[i] == "-" ? Console.OpenStandardInput() : new FileStream(paths[i], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                var options = RdfReaderOptions.Default.WithBaseIri(baseIri ?? FileBase(paths[i]));
                bulk.Add(input, formats[i], options, graph);
            }

            sequence = bulk.Commit();
            quads = bulk.QuadCount;
        }

        if (Console.IsErrorRedirected)
        {
            Load(null);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("import", maxValue: Math.Max(totalBytes, 1));
                    Load(p =>
                    {
                        task.Value = Math.Min(p.Bytes, task.MaxValue);
                        task.Description = Describe(p);
                    });
                    task.Value = task.MaxValue;
                });
        }

        var elapsed = DateTime.UtcNow - started;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vf: imported {quads:N0} quads in {elapsed.TotalSeconds:F1} s ({quads / Math.Max(elapsed.TotalSeconds, 0.001):N0} quads/s) as transaction {sequence} into '{store.DirectoryPath}'."));
    }

    private static string Describe(BulkLoadProgress p) => string.Create(
        CultureInfo.InvariantCulture, $"{p.Quads:N0} quads, {p.Bytes / 1048576.0:F1} MiB, {p.QuadsPerSecond:N0} quads/s");

    private static string? FileBase(string path) =>
        path == "-" ? null : "file://" + string.Join('/', Path.GetFullPath(path).Split('/').Select(Uri.EscapeDataString));
}
