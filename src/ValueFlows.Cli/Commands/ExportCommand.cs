using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store;

namespace ValueFlows.Cli.Commands;

/// <summary><c>vf export [OUT]</c>: writes the whole dataset, or one graph, from one consistent snapshot of the store.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("OUT") { Description = "Output file, or - for standard output.", DefaultValueFactory = _ => "-" };
        var graph = new Option<string?>("--graph") { Description = "Export only this named graph, as a graph (its quads become triples)." };
        var format = new Option<string?>("--format") { Description = "Output format (else from OUT's extension; standard output: nquads, or ntriples with --graph)." };
        var data = new Option<string>("--data") { Description = "The data directory.", DefaultValueFactory = _ => "vf-data" };
        var command = new Command("export", "Write the store's quads (or one graph) in an RDF format.") { output, graph, format, data };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var outPath = parse.GetValue(output)!;
            var target = GraphOption.Parse(parse.GetValue(graph));
            var name = parse.GetValue(format) ?? (outPath == "-" ? (target is null ? "nquads" : "ntriples") : null);
            var outFormat = FormatNames.Resolve(name, outPath, "format");
            if (!outFormat.CanWrite)
            {
                throw new CliUsageException($"{outFormat.Name} cannot be written.");
            }

            var dataDirectory = parse.GetValue(data)!;
            if (!Directory.Exists(dataDirectory))
            {
                throw new CliUsageException($"No data directory '{dataDirectory}'.");
            }

            Export(dataDirectory, target, outPath, outFormat);
        }));
        return command;
    }

    private static void Export(string dataDirectory, Iri? graph, string outPath, RdfFormat format)
    {
        using var store = QuadStore.Open(dataDirectory, new QuadStoreOptions { Warning = w => Console.Error.WriteLine($"vf: warning: {w}") });
        using var snapshot = store.OpenSnapshot();
        if (graph is null && !format.SupportsNamedGraphs && snapshot.NamedGraphCount > 0)
        {
            throw new CliUsageException(
                $"The store holds named graphs, which {format.Name} cannot hold: export with --graph IRI, or in nquads or trig.");
        }

        var quads = graph is null ? snapshot.GetAllQuads() : snapshot.GetQuads(null, null, null, graph).Select(q => q.WithGraph(null));
        long total = graph is null ? snapshot.Count
            : snapshot.TryInternalize(graph, out var g) ? snapshot.CountQuads(new(TermId.Any, TermId.Any, TermId.Any, g)) : 0;
        var tempPath = outPath == "-" ? null : outPath + ".tmp-" + Environment.ProcessId;
        long written = 0;
        try
        {
            using (var outStream = tempPath is null ? Console.OpenStandardOutput() : File.Create(tempPath))
            using (var writer = format.CreateWriter(outStream, RdfWriterOptions.Default.WithPretty(false)))
            {
                void Write(Action<long>? progress)
                {
                    foreach (var q in quads)
                    {
                        writer.Write(q);
                        if ((++written & 0x3FFF) == 0)
                        {
                            progress?.Invoke(written);
                        }
                    }

                    writer.Finish();
                }

                if (Console.IsErrorRedirected || (outPath == "-" && !Console.IsOutputRedirected))
                {
                    Write(null);
                }
                else
                {
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                    console.Progress().AutoClear(false)
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                        .Start(context =>
                        {
                            var task = context.AddTask("export", maxValue: Math.Max(total, 1));
                            Write(n =>
                            {
                                task.Value = Math.Min(n, task.MaxValue);
                                task.Description = string.Create(CultureInfo.InvariantCulture, $"{n:N0} quads");
                            });
                            task.Value = task.MaxValue;
                        });
                }
            }

            if (tempPath is not null)
            {
                File.Move(tempPath, outPath, overwrite: true);
                Console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"vf: exported {written:N0} quads of transaction {snapshot.Sequence} to '{outPath}'."));
            }
        }
        finally
        {
            if (tempPath is not null && File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }
}
