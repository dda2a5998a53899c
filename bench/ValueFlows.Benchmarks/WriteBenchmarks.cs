using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ValueFlows.Rdf;

namespace ValueFlows.Benchmarks;

/// <summary>
/// Write throughput of the N-Triples writer and the Turtle writer (streaming and pretty) on VF data held in memory
/// (<see cref="BenchData"/>; the writers' figures are taken with <c>VF_BENCH_AGENTS=356</c>, about 100K triples),
/// written to <see cref="Stream.Null"/> so that only serialisation is timed. Triples/s divides the triple count by the mean.
/// </summary>
[Config(typeof(Config))]
public class WriteBenchmarks
{
    private static readonly RdfWriterOptions s_vfPrefixes = RdfWriterOptions.Default
        .WithPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        .WithPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
        .WithPrefix("foaf", "http://xmlns.com/foaf/0.1/")
        .WithPrefix("vf", "https://w3id.org/valueflows/ont/vf#")
        .WithPrefix("vf0", "https://w3id.org/valueflows#")
        .WithPrefix("om2", "http://www.ontology-of-units-of-measure.org/resource/om-2/")
        .WithPrefix("event", "http://example.org/vf/economicEvent/")
        .WithPrefix("resource", "http://example.org/vf/economicResource/")
        .WithPrefix("person", "http://example.org/vf/person/");

    private Quad[] _quads = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = File.OpenRead(BenchData.NTriples);
        using var reader = new NTriplesReader(stream, RdfReaderOptions.Default);
        _quads = [.. reader.ReadAll()];
    }

    [Benchmark(Baseline = true)]
    public void NTriples() => WriteAll(new NTriplesWriter(Stream.Null, RdfWriterOptions.Default));

    [Benchmark]
    public void TurtleStreaming() => WriteAll(new TurtleWriter(Stream.Null, s_vfPrefixes.WithPretty(false)));

    [Benchmark]
    public void TurtlePretty() => WriteAll(new TurtleWriter(Stream.Null, s_vfPrefixes));

    private void WriteAll(RdfWriter writer)
    {
        using (writer)
        {
            foreach (var quad in _quads)
            {
                writer.Write(quad);
            }

            writer.Finish();
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new TriplesPerSecondColumn(_ => BenchData.NTriples));
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        }
    }
}
