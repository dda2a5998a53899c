using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ValueFlows.Rdf;

namespace ValueFlows.Benchmarks;

/// <summary>
/// Parse throughput of the N-Triples and Turtle readers on VF data (about 1M triples, see <see cref="BenchData"/>),
/// from memory so that the disk does not count. The Triples/s column divides the file's triple count by the mean.
/// </summary>
[Config(typeof(Config))]
public class ParseBenchmarks
{
    private byte[] _ntriples = [];
    private byte[] _turtle = [];

    [GlobalSetup]
    public void Setup()
    {
        _ntriples = File.ReadAllBytes(BenchData.NTriples);
        _turtle = File.ReadAllBytes(BenchData.Turtle);
    }

    [Benchmark]
    public long NTriples() => Count(new NTriplesReader(new MemoryStream(_ntriples, writable: false), RdfReaderOptions.Default));

    [Benchmark]
    public long Turtle() => Count(new TurtleReader(new MemoryStream(_turtle, writable: false), RdfReaderOptions.Default));

    private static long Count(RdfReader reader)
    {
        using (reader)
        {
            long count = 0;
            while (reader.TryRead(out _))
            {
                count++;
            }

            return count;
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new TriplesPerSecondColumn(file => file == nameof(NTriples) ? BenchData.NTriples : BenchData.Turtle));
        }
    }
}
