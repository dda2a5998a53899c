using System.Diagnostics;
using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store;
using ValueFlows.StoreBench;

// Store benchmarks as whole-process figures (load throughput, bytes per quad, RSS, restart, scans).
//   load FILE DIR      bulk-load FILE into a fresh DIR, checkpoint, report; then reopen and report restart time and RSS
//   open DIR           open an existing store and report restart time and RSS
//   scan DIR           pattern-scan latencies on an existing store
//   commits DIR N      N small transactions, each fsynced
//   parse FILE         the reader alone
var culture = CultureInfo.InvariantCulture;
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: load FILE DIR | open DIR | scan DIR");
    return 2;
}

switch (args[0])
{
    case "load":
        return Load(args[1], args[2]);
    case "parse":
        return Parse(args[1]);
    case "open":
        return Open(args[1]);
    case "commits":
        return Commits(args[1], int.Parse(args[2], culture));
    case "scan":
        return Scan(args[1]);
    default:
        Console.Error.WriteLine("unknown mode " + args[0]);
        return 2;
}

int Load(string file, string dir)
{
    if (Directory.Exists(dir))
    {
        Directory.Delete(dir, true);
    }

    var total = Stopwatch.StartNew();
    long quads;
    var store = QuadStore.Open(dir, new QuadStoreOptions { CheckpointAfterBulkLoad = false });
    var load = Stopwatch.StartNew();
    using (var bulk = store.BeginBulkLoad())
    {
        if (RdfFormatRegistry.Default.TryGetByFileName(file, out var format) && format.CanRead)
        {
            using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            bulk.Add(input, format);
            Console.WriteLine($"parser: {format.Name} reader");
        }
        else
        {
            bulk.AddRange(SimpleNTriplesLines.Read(file));
            Console.WriteLine("parser: simple line splitter (no N-Triples reader registered)");
        }

        var parsed = load.Elapsed;
        var parsedCpu = Process.GetCurrentProcess().TotalProcessorTime;
        bulk.Commit();
        quads = bulk.QuadCount;
        var committedCpu = Process.GetCurrentProcess().TotalProcessorTime;
        // CPU seconds too: on a shared machine they move less than wall time.
        Console.WriteLine($"read+encode: {parsed.TotalSeconds:F2} s ({parsedCpu.TotalSeconds:F2} s CPU since start), " +
            $"sort+commit: {(load.Elapsed - parsed).TotalSeconds:F2} s ({(committedCpu - parsedCpu).TotalSeconds:F2} s CPU)");
    }

    var loaded = load.Elapsed;
    using (var snapshot = store.OpenSnapshot())
    {
        Report("after load", store, snapshot.Count);
        Console.WriteLine($"load: {quads:N0} quads read, {snapshot.Count:N0} stored, {loaded.TotalSeconds:F2} s, {quads / loaded.TotalSeconds:N0} quads/s");
    }

    var checkpoint = Stopwatch.StartNew();
    store.Checkpoint();
    Console.WriteLine($"checkpoint: {checkpoint.Elapsed.TotalSeconds:F2} s");
    store.Dispose();
    Console.WriteLine($"load process total (incl. checkpoint): {total.Elapsed.TotalSeconds:F2} s");
    return 0;
}

int Parse(string file)
{
    var clock = Stopwatch.StartNew();
    RdfFormatRegistry.Default.TryGetByFileName(file, out var format);
    using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    using var reader = format.CreateReader(input);
    long n = 0;
    while (reader.TryRead(out _))
    {
        n++;
    }

    Console.WriteLine($"parse only: {n:N0} quads in {clock.Elapsed.TotalSeconds:F2} s ({n / clock.Elapsed.TotalSeconds:N0} quads/s)");
    return 0;
}

int Commits(string dir, int count)
{
    using var store = QuadStore.Open(dir);
    var clock = Stopwatch.StartNew();
    for (int i = 0; i < count; i++)
    {
        using var tx = store.BeginWrite();
        var subject = Iri.CreateUnchecked("http://example.org/commit/" + i.ToString(culture));
        for (int k = 0; k < 10; k++)
        {
            tx.Add(new Quad(subject, Iri.CreateUnchecked("http://example.org/p" + k.ToString(culture)), Literal.Create(i.ToString(culture), Xsd.Integer)));
        }

        tx.Commit();
    }

    Console.WriteLine($"{count} commits of 10 quads (each fsynced): {clock.Elapsed.TotalMilliseconds / count:F2} ms per commit, {count / clock.Elapsed.TotalSeconds:N0} commits/s");
    return 0;
}

int Open(string dir)
{
    var clock = Stopwatch.StartNew();
    using var store = QuadStore.Open(dir);
    var opened = clock.Elapsed;
    using var snapshot = store.OpenSnapshot();
    Console.WriteLine($"restart: {opened.TotalSeconds:F2} s for {snapshot.Count:N0} quads (sequence {snapshot.Sequence})");
    Report("after restart", store, snapshot.Count);
    return 0;
}

int Scan(string dir)
{
    using var store = QuadStore.Open(dir);
    using var snapshot = store.OpenSnapshot();
    var type = Iri.CreateUnchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    var vfEvent = Iri.CreateUnchecked("https://w3id.org/valueflows/ont/vf#EconomicEvent");
    var provider = Iri.CreateUnchecked("https://w3id.org/valueflows/ont/vf#provider");
    snapshot.TryInternalize(type, out var typeId);
    snapshot.TryInternalize(vfEvent, out var eventId);
    snapshot.TryInternalize(provider, out var providerId);
    var batch = new EncodedQuad[1024];
    using var cursor = snapshot.OpenCursor();
    Measure("full scan (default graph)", QuadPattern.InDefaultGraph(TermId.Any, TermId.Any, TermId.Any), cursor, batch);
    Measure("?s rdf:type vf:EconomicEvent", QuadPattern.InDefaultGraph(TermId.Any, typeId, eventId), cursor, batch);
    Measure("?s vf:provider ?o", QuadPattern.InDefaultGraph(TermId.Any, providerId, TermId.Any), cursor, batch);

    // Point lookups: subject-bound scans for 100k subjects taken from the data.
    var subjects = new List<TermId>();
    cursor.Seek(QuadPattern.InDefaultGraph(TermId.Any, typeId, eventId));
    int n;
    while ((n = cursor.Read(batch)) > 0 && subjects.Count < 100_000)
    {
        subjects.AddRange(batch[..n].ToArray().Select(q => q.Subject));
    }

    var clock = Stopwatch.StartNew();
    long rows = 0;
    for (int r = 0; r < 5; r++)
    {
        foreach (var s in subjects)
        {
            cursor.Seek(QuadPattern.InDefaultGraph(s, TermId.Any, TermId.Any));
            while ((n = cursor.Read(batch)) > 0)
            {
                rows += n;
            }
        }
    }

    double perSeek = clock.Elapsed.TotalMilliseconds * 1000 / (5.0 * subjects.Count);
    Console.WriteLine($"subject lookup (<s> ?p ?o): {perSeek:F2} µs per seek, {rows / 5 / Math.Max(subjects.Count, 1)} rows each");
    clock.Restart();
    long count = 0;
    for (int r = 0; r < 100_000; r++)
    {
        count += snapshot.CountQuads(QuadPattern.InDefaultGraph(TermId.Any, typeId, eventId));
    }

    Console.WriteLine($"count by class (range size): {clock.Elapsed.TotalMilliseconds * 1000 / 100_000:F2} µs ({count / 100_000} events)");
    return 0;
}

void Measure(string name, QuadPattern pattern, IQuadCursor cursor, EncodedQuad[] batch)
{
    var times = new List<double>();
    long rows = 0;
    for (int r = 0; r < 6; r++)
    {
        var clock = Stopwatch.StartNew();
        rows = 0;
        cursor.Seek(pattern);
        int n;
        while ((n = cursor.Read(batch)) > 0)
        {
            rows += n;
        }

        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.RemoveAt(0);
    times.Sort();
    Console.WriteLine($"{name}: {rows:N0} rows, median {times[2]:F2} ms ({rows / times[2] / 1000:F1} M rows/s)");
}

void Report(string when, QuadStore store, long count)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    long rss = ReadRss();
    Console.WriteLine(string.Create(culture, $"{when}: {count:N0} quads, store structures {store.MemoryBytes / (double)count:F1} B/quad, " +
        $"process RSS {rss / 1048576.0:F0} MiB = {rss / (double)count:F1} B/quad, GC heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB"));
}

static long ReadRss()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    return Environment.WorkingSet;
}
