using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ValueFlows.Benchmarks;

/// <summary>A summary column: the triples of the benchmark's input file divided by the mean time of one parse.</summary>
internal sealed class TriplesPerSecondColumn(Func<string, string> fileOfBenchmark) : IColumn
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public string Id => nameof(TriplesPerSecondColumn);

    public string ColumnName => "Triples/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Triples parsed per second (file triples / mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        string file = fileOfBenchmark(benchmarkCase.Descriptor.WorkloadMethod.Name);
        long triples = _counts.GetOrAdd(file, CountTriples);
        return (triples / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static long CountTriples(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = WholeFileParse.Open(file, stream);
        long count = 0;
        while (reader.TryRead(out _))
        {
            count++;
        }

        return count;
    }
}
