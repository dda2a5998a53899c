using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ValueFlows.Rdf;

namespace ValueFlows.Benchmarks;

/// <summary>
/// Whole-file RDF/XML parse of the shared ValueFlows benchmark data (<c>gen-vf.py --agents 356</c>, about 109K triples,
/// rendered by <c>riot --output=rdfxml</c>) beside Jena's <c>riot --count</c> on the same file, in the same run. Riot's
/// figure includes starting the JVM (about a second here); riot's own <c>--time</c> output gives its parse time alone.
/// The file is made under /tmp on first use (needs python3, and Jena from <c>apt-get install libapache-jena-java</c>);
/// <c>VF_BENCH_RDFXML</c> names another file. Run:
/// <c>dotnet run -c Release --project bench/ValueFlows.Benchmarks -- --filter *RdfXmlParse*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
public class RdfXmlParseBenchmarks
{
    private string _file = string.Empty;
    private string _classpath = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string bench = FindSharedBench();
        _classpath = Run("bash", [Path.Combine(bench, "jena-classpath.sh")], stdout: null).Trim();
        _file = Environment.GetEnvironmentVariable("VF_BENCH_RDFXML") ?? "/tmp/vf-356.rdf";
        if (!File.Exists(_file))
        {
            const string NTriples = "/tmp/vf-356.nt";
            Run("python3", [Path.Combine(bench, "gen-vf.py"), "--agents", "356", "-o", NTriples], stdout: null);
            Run("java", ["-cp", _classpath, "riotcmd.riot", "--output=rdfxml", NTriples], stdout: _file);
        }
    }

    [Benchmark(Baseline = true)]
    public long ValueFlowsRdfXmlReader()
    {
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var reader = new RdfXmlReader(stream, RdfReaderOptions.Default.WithBaseIri("file://" + _file));
        long count = 0;
        while (reader.TryRead(out _))
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public string JenaRiotCount() => Run("java", ["-cp", _classpath, "riotcmd.riot", "--count", _file], stdout: null);

    private static string FindSharedBench()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "bench");
            if (File.Exists(Path.Combine(candidate, "gen-vf.py")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/bench/gen-vf.py not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a program; returns its standard output, or writes it to the file <paramref name="stdout"/>.</summary>
    private static string Run(string program, string[] arguments, string? stdout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + program);
        var error = process.StandardError.ReadToEndAsync();
        string output;
        if (stdout is null)
        {
            output = process.StandardOutput.ReadToEnd();
        }
        else
        {
            using (var file = File.Create(stdout))
            {
                process.StandardOutput.BaseStream.CopyTo(file);
            }

            output = string.Empty;
        }

        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Result}");
    }
}
