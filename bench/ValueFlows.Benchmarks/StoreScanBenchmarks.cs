using System.Globalization;
using BenchmarkDotNet.Attributes;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store;

namespace ValueFlows.Benchmarks;

/// <summary>
/// Pattern-scan latency of the embedded store over 1M generated triples (100k subjects × 10 properties): a subject
/// seek, a predicate range, a predicate-object range, and a count from range sizes. Run:
/// <c>dotnet run -c Release --project bench/ValueFlows.Benchmarks -- --filter *StoreScan*</c>.
/// </summary>
[MemoryDiagnoser]
public class StoreScanBenchmarks
{
    private readonly EncodedQuad[] _batch = new EncodedQuad[1024];
    private QuadStore _store = null!;
    private StoreSnapshot _snapshot = null!;
    private IQuadCursor _cursor = null!;
    private TermId[] _subjects = [];
    private TermId _predicate;
    private TermId _object;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _store = QuadStore.CreateInMemory();
        using (var bulk = _store.BeginBulkLoad())
        {
            for (int s = 0; s < 100_000; s++)
            {
                var subject = Iri.CreateUnchecked("http://example.org/item/" + s.ToString(CultureInfo.InvariantCulture));
                for (int p = 0; p < 10; p++)
                {
                    var predicate = Iri.CreateUnchecked("http://example.org/p" + p.ToString(CultureInfo.InvariantCulture));
                    Term o = p % 2 == 0
                        ? Iri.CreateUnchecked("http://example.org/class/" + (s % 50).ToString(CultureInfo.InvariantCulture))
                        : Literal.Create((s * p).ToString(CultureInfo.InvariantCulture), Xsd.Integer);
                    bulk.Add(new Quad(subject, predicate, o));
                }
            }

            bulk.Commit();
        }

        _snapshot = _store.OpenSnapshot();
        _cursor = _snapshot.OpenCursor();
        _snapshot.TryInternalize(Iri.CreateUnchecked("http://example.org/p0"), out _predicate);
        _snapshot.TryInternalize(Iri.CreateUnchecked("http://example.org/class/7"), out _object);
        _subjects = [.. Enumerable.Range(0, 4096).Select(i =>
            _snapshot.TryInternalize(Iri.CreateUnchecked("http://example.org/item/" + (i * 24).ToString(CultureInfo.InvariantCulture)), out var id) ? id : TermId.Any)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cursor.Dispose();
        _snapshot.Dispose();
        _store.Dispose();
    }

    [Benchmark(Description = "<s> ?p ?o (seek + 10 rows)")]
    public int SubjectSeek()
    {
        _cursor.Seek(QuadPattern.InDefaultGraph(_subjects[_next++ & 4095], TermId.Any, TermId.Any));
        return Drain();
    }

    [Benchmark(Description = "?s <p> <o> (2,000 rows)")]
    public int PredicateObjectRange()
    {
        _cursor.Seek(QuadPattern.InDefaultGraph(TermId.Any, _predicate, _object));
        return Drain();
    }

    [Benchmark(Description = "?s <p> ?o (100,000 rows)")]
    public int PredicateRange()
    {
        _cursor.Seek(QuadPattern.InDefaultGraph(TermId.Any, _predicate, TermId.Any));
        return Drain();
    }

    [Benchmark(Description = "count ?s <p> <o> (range sizes)")]
    public long CountByObject() => _snapshot.CountQuads(QuadPattern.InDefaultGraph(TermId.Any, _predicate, _object));

    private int Drain()
    {
        int total = 0;
        int n;
        while ((n = _cursor.Read(_batch)) > 0)
        {
            total += n;
        }

        return total;
    }
}
