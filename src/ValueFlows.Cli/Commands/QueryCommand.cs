using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using ValueFlows.Rdf;
using ValueFlows.Server;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Results;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Store;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// <c>vf query</c>: runs one SPARQL query over the store (one snapshot) or over RDF files loaded into memory, and
/// prints the results as an aligned table (terms shortened with the query's prefixes) or in a results or RDF format.
/// </summary>
internal static partial class QueryCommand
{
    public static Command Create()
    {
        var arguments = new Argument<string[]>("QUERY [FILE...]")
        {
            Description = "The query text, then RDF files to query instead of the store (with --file, all are files).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var file = new Option<string?>("--file") { Description = "Read the query from this file (- for standard input)." };
        var format = new Option<string?>("--format")
        {
            Description = "Output: table (default), json, xml, csv or tsv for SELECT/ASK; an RDF format (turtle default, nt, nq, trig, rdfxml, jsonld) for CONSTRUCT/DESCRIBE.",
        };
        var data = new Option<string?>("--data") { Description = "The data directory (default ./vf-data) when no FILE is given." };
        var union = new Option<bool>("--union-default-graph")
        {
            Description = "Query the union of the default graph and every named graph (except {base}meta) as the default graph.",
        };
        var command = new Command("query", "Run a SPARQL query over the store or over RDF files.") { arguments, file, format, data, union };
        command.SetAction(parse =>
        {
            try
            {
                return CommandRunner.Run(() =>
                {
                    var values = parse.GetValue(arguments) ?? [];
                    var queryFile = parse.GetValue(file);
                    string text;
                    string[] files;
                    if (queryFile is not null)
                    {
                        text = queryFile == "-" ? Console.In.ReadToEnd() : File.ReadAllText(queryFile);
                        files = values;
                    }
                    else if (values.Length > 0)
                    {
                        text = values[0];
                        files = values[1..];
                    }
                    else
                    {
                        throw new CliUsageException("Give the query as the first argument or with --file.");
                    }

                    var dataDirectory = parse.GetValue(data);
                    if (dataDirectory is not null && files.Length > 0)
                    {
                        throw new CliUsageException("Query either the store (--data) or files, not both.");
                    }

                    Run(text, files, dataDirectory ?? "vf-data", parse.GetValue(format), parse.GetValue(union));
                });
            }
            catch (Exception e) when (e is SparqlSyntaxException or SparqlEvaluationException)
            {
                Console.Error.WriteLine($"vf: query: {e.Message}");
                return CommandRunner.BadInput;
            }
        });
        return command;
    }

    private static void Run(string text, string[] files, string dataDirectory, string? formatName, bool unionDefaultGraph)
    {
        var query = SparqlQuery.Parse(text);
        var output = Choose(query.Form, formatName);
        var prefixes = Prefixes(text);
        if (files.Length > 0)
        {
            var dataset = new Dataset();
            foreach (var path in files)
            {
                var format = FormatNames.Resolve(null, path, "format");
                using var input = File.OpenRead(path);
                using var reader = format.CreateReader(input, RdfReaderOptions.Default.WithBaseIri(FileBase(path)));
                foreach (var quad in reader.ReadAll())
                {
                    dataset.Add(quad);
                }
            }

            Print(query, UnionDefaultGraphDataset.ForQueries(new DatasetQueryable(dataset), unionDefaultGraph, null), output, prefixes);
            return;
        }

        if (!Directory.Exists(dataDirectory))
        {
            throw new CliUsageException($"No data directory '{dataDirectory}'; give --data DIR, or RDF files to query.");
        }

        using var store = QuadStore.Open(dataDirectory, new QuadStoreOptions { Warning = w => Console.Error.WriteLine($"vf: warning: {w}") });
        using var snapshot = store.OpenSnapshot();
        Print(query, UnionDefaultGraphDataset.ForQueries(snapshot, unionDefaultGraph, store.BaseIri), output, prefixes);
    }

    /// <summary>The output for the query form: a results format, an RDF format, or null for the table.</summary>
    private static object? Choose(SparqlQueryForm form, string? name)
    {
        var graph = form is SparqlQueryForm.Construct or SparqlQueryForm.Describe;
        if (graph)
        {
            if (name is null or "table")
            {
                return RdfFormatRegistry.Default.TryGetByName("turtle", out var turtle) ? turtle : null;
            }

            return RdfFormatRegistry.Default.TryGetByName(name, out var rdf) && rdf.CanWrite
                ? rdf
                : throw new CliUsageException($"A {form.ToString().ToUpperInvariant()} query writes RDF: --format is one of {FormatNames.Known()}.");
        }

        if (name is null or "table")
        {
            return null;
        }

        return SparqlResultsFormats.TryGetByName(name, out var results)
            ? results
            : throw new CliUsageException($"Unknown results format '{name}'. Known: table, {string.Join(", ", SparqlResultsFormats.All.Select(f => f.Name))}.");
    }

    private static void Print(SparqlQuery query, IQueryableDataset dataset, object? output, IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        var result = SparqlEvaluator.Evaluate(query, dataset);
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 64 * 1024);
        switch (output)
        {
            case RdfFormat rdf:
            {
                var options = RdfWriterOptions.Default;
                foreach (var (prefix, ns) in prefixes)
                {
                    options = options.WithPrefix(prefix, ns);
                }

                using var writer = rdf.CreateWriter(stdout, options);
                writer.WriteAll(result.Quads);
                writer.Finish();
                break;
            }

            case SparqlResultsFormat results:
            {
                using var writer = results.CreateWriter(stdout);
                if (query.Form == SparqlQueryForm.Ask)
                {
                    writer.WriteBoolean(result.Boolean);
                }
                else
                {
                    writer.WriteStart(result.Variables);
                    foreach (var row in result.Solutions)
                    {
                        writer.WriteRow([.. row]);
                    }

                    writer.Finish();
                }

                break;
            }

            default:
            {
                var text = query.Form == SparqlQueryForm.Ask
                    ? (result.Boolean ? "true" : "false") + "\n"
                    : ResultsTable.Render(result.Variables, result.Solutions, prefixes);
                stdout.Write(Encoding.UTF8.GetBytes(text));
                break;
            }
        }

        stdout.Flush();
    }

    /// <summary>The PREFIX declarations of the query text, in order (the parser keeps only their effect).</summary>
    private static List<KeyValuePair<string, string>> Prefixes(string text) =>
        [.. PrefixDeclaration().Matches(text).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, m.Groups[2].Value))];

    private static string FileBase(string path) =>
        "file://" + string.Join('/', Path.GetFullPath(path).Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex(@"\bPREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>\s]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixDeclaration();
}
