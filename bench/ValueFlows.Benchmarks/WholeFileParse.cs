using System.Diagnostics;
using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Benchmarks;

/// <summary>
/// <c>parse FILE [RUNS]</c>: parses a whole file with the reader its extension names and prints triples per second, to
/// set beside <c>riot --count FILE</c> in the same run. The first run warms the JIT up and is reported separately.
/// The CPU time of the process is printed too: on a shared machine it is steadier than the wall clock.
/// </summary>
internal static class WholeFileParse
{
    public static int Run(string[] args)
    {
        string path = args[0];
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        for (int run = 0; run <= runs; run++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            int gen0 = GC.CollectionCount(0);
            int gen1 = GC.CollectionCount(1);
            int gen2 = GC.CollectionCount(2);
            var clock = Stopwatch.StartNew();
            long count = Count(path);
            clock.Stop();
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            double seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{(run == 0 ? "first run" : "run " + run)}: {count:N0} triples in {seconds:F3} s = {count / seconds:N0} triples/s; CPU {cpu:F3} s = {count / cpu:N0} triples/CPU-s; GC heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} pausing {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms"));
        }

        return 0;
    }

    private static long Count(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var reader = Open(path, stream);
        long count = 0;
        while (reader.TryRead(out _))
        {
            count++;
        }

        return count;
    }

    internal static RdfReader Open(string path, Stream stream)
    {
        var options = RdfReaderOptions.Default.WithBaseIri("file:///" + Path.GetFileName(path));
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".nt" => new NTriplesReader(stream, options),
            ".nq" => new NQuadsReader(stream, options),
            ".ttl" => new TurtleReader(stream, options),
            ".trig" => new TriGReader(stream, options),
            _ => throw new ArgumentException($"Unknown extension of {path}: use .nt, .nq, .ttl or .trig."),
        };
    }
}
