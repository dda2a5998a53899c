namespace ValueFlows.Conformance.Tests;

/// <summary>Turns a suite's manifest into theory data, one row per entry.</summary>
public static class ConformanceCases
{
    /// <summary>
    /// The cases of <paramref name="suite"/>; entries named in <paramref name="skipped"/> (test IRI → reason) carry
    /// their reason and are reported as skipped. Empty when the suites are absent (the theory is skipped then).
    /// </summary>
    public static TheoryData<ConformanceCase> For(ManifestSuite suite, IReadOnlyDictionary<string, string> skipped)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(skipped);
        var data = new TheoryData<ConformanceCase>();
        if (ConformanceRoot.Path is null)
        {
            return data;
        }

        foreach (var entry in Manifest.Load(suite).Entries)
        {
            data.Add(new ConformanceCase(entry, skipped.GetValueOrDefault(entry.Iri)));
        }

        return data;
    }
}
