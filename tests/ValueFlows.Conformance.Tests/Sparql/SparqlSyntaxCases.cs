namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>The syntax entries of a SPARQL manifest (and of those it includes) as theory data, one row per entry.</summary>
public static class SparqlSyntaxCases
{
    /// <summary>The test types this runner knows (local names in the mf: namespace).</summary>
    public static readonly string[] Types =
    [
        "PositiveSyntaxTest", "NegativeSyntaxTest", "PositiveSyntaxTest11", "NegativeSyntaxTest11",
        "PositiveUpdateSyntaxTest11", "NegativeUpdateSyntaxTest11",
    ];

    /// <summary>The syntax entries of <paramref name="suite"/>; empty when the suites are absent (the theory is skipped then).</summary>
    public static TheoryData<ConformanceCase> For(ManifestSuite suite, IReadOnlyDictionary<string, string> skipped, bool positiveOnly = false)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(skipped);
        var data = new TheoryData<ConformanceCase>();
        if (ConformanceRoot.Path is null)
        {
            return data;
        }

        foreach (var entry in Entries(suite))
        {
            if (!positiveOnly || entry.TypeName.StartsWith("Positive", StringComparison.Ordinal))
            {
                data.Add(new ConformanceCase(entry, skipped.GetValueOrDefault(entry.Iri)));
            }
        }

        return data;
    }

    /// <summary>The syntax entries of the suite's manifest, in manifest order.</summary>
    public static List<ManifestEntry> Entries(ManifestSuite suite) =>
        [.. Manifest.Load(suite).Entries.Where(e => e.Type.StartsWith(TestVocabulary.Mf, StringComparison.Ordinal) && Types.Contains(e.TypeName))];
}
