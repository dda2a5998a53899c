using System.Diagnostics;
using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Results;
using ValueFlows.Store;

// The query mix on our embedded store, in the anchors' protocol: load DATA once (in-memory QuadStore, bulk load), then
// each query 1 warm-up + RUNS timed runs, results fully enumerated and written as SPARQL JSON to a null stream.
// Prints CSV lines "system,phase,name,median_ms,rows" like JenaBench.java and oxigraph-bench.mjs.
// Usage: ValueFlows.QueryBench DATA.nt QUERY_DIR [RUNS] [--only NAME-PREFIX] [--gc] | --sse QUERY_DIR
// --gc prints, per run, the bytes allocated, the collections per generation and the GC pause time (to stderr).
var culture = CultureInfo.InvariantCulture;
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DATA.nt QUERY_DIR [RUNS] [--only PREFIX]");
    return 2;
}

if (args[0] == "--sse")
{
    // The algebra of each query, to see what the evaluator is given.
    foreach (var file in Directory.GetFiles(args[1], "*.rq").Order(StringComparer.Ordinal))
    {
        Console.WriteLine(Path.GetFileName(file));
        Console.WriteLine(SparqlQuery.Parse(File.ReadAllText(file)).Pattern.ToSse());
    }

    return 0;
}

string data = args[0];
string queryDir = args[1];
int runs = args.Length > 2 && !args[2].StartsWith('-') ? int.Parse(args[2], culture) : 5;
int onlyAt = Array.IndexOf(args, "--only");
string? only = onlyAt >= 0 ? args[onlyAt + 1] : null;
bool gcStats = args.Contains("--gc");

using var store = QuadStore.CreateInMemory();
var clock = Stopwatch.StartNew();
long loaded;
using (var bulk = store.BeginBulkLoad())
{
    if (!RdfFormatRegistry.Default.TryGetByFileName(data, out var format))
    {
        Console.Error.WriteLine("unknown RDF format: " + data);
        return 2;
    }

    using (var input = new FileStream(data, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
    {
        bulk.Add(input, format);
    }

    bulk.Commit();
}

using (var snapshot = store.OpenSnapshot())
{
    loaded = snapshot.Count;
}

Console.WriteLine(string.Create(culture, $"valueflows,load,{Path.GetFileName(data)},{clock.Elapsed.TotalMilliseconds:F1},{loaded}"));
foreach (var file in Directory.GetFiles(queryDir, "*.rq").Order(StringComparer.Ordinal))
{
    string name = Path.GetFileName(file);
    if (only is not null && !name.StartsWith(only, StringComparison.Ordinal))
    {
        continue;
    }

    var query = SparqlQuery.Parse(File.ReadAllText(file));
    var times = new double[runs];
    long rows = 0;
    for (int i = -1; i < runs; i++)
    {
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        using (var snapshot = store.OpenSnapshot())
        {
            rows = Run(query, snapshot);
        }

        if (i >= 0)
        {
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        if (gcStats)
        {
            // Where a run's time goes when a collection lands in it: bytes allocated, collections per generation, pause.
            Console.Error.WriteLine(string.Create(culture,
                $"  {name} run {i}: {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F2} ms, {GC.GetAllocatedBytesForCurrentThread() - allocatedBefore:N0} B, gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, pause {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F2} ms"));
        }
    }

    Array.Sort(times);
    Console.WriteLine(string.Create(culture, $"valueflows,query,{name},{times[runs / 2]:F2},{rows}"));
}

return 0;

// Parsing is part of the timed run in the anchors too; here the parsed query is reused, which is what a server's
// query cache would do — parsing these queries takes microseconds either way.
static long Run(SparqlQuery query, IQueryableDataset dataset)
{
    var result = SparqlEvaluator.Evaluate(query, dataset);
    long count = 0;
    switch (result.Form)
    {
        case SparqlQueryForm.Select:
        {
            using var writer = SparqlResultsFormats.Json.CreateWriter(Stream.Null);
            writer.WriteStart(result.Variables);
            foreach (var row in result.Solutions)
            {
                writer.WriteRow((Term?[])row);
                if (count == 0 && Environment.GetEnvironmentVariable("QUERYBENCH_PRINT") == "1")
                {
                    Console.Error.WriteLine(string.Join(' ', row));
                }

                count++;
            }

            writer.Finish();
            return count;
        }

        case SparqlQueryForm.Ask:
        {
            using var writer = SparqlResultsFormats.Json.CreateWriter(Stream.Null);
            writer.WriteBoolean(result.Boolean);
            return result.Boolean ? 1 : 0;
        }

        default:
        {
            using var writer = RdfFormats.NTriples.CreateWriter(Stream.Null);
            foreach (var quad in result.Quads)
            {
                writer.Write(quad);
                count++;
            }

            writer.Finish();
            return count;
        }
    }
}
