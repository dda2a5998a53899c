namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>The <c>mf:QueryEvaluationTest</c> entries of a SPARQL manifest (and of those it includes) as theory data.</summary>
public static class SparqlEvaluationCases
{
    /// <summary>
    /// One case per entry; entries listed in <paramref name="knownFailures"/> are skipped with their reason, and so are
    /// entries that need an entailment regime or a remote SERVICE endpoint.
    /// </summary>
    public static TheoryData<ConformanceCase> For(ManifestSuite suite, IReadOnlyDictionary<string, string> knownFailures)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(knownFailures);
        var data = new TheoryData<ConformanceCase>();
        if (ConformanceRoot.Path is null)
        {
            return data;
        }

        foreach (var entry in Entries(suite))
        {
            string? skip = entry.Iri.Contains("/entailment/", StringComparison.Ordinal)
                ? "entailment regimes are not implemented"
                : entry.Iri.Contains("/service/", StringComparison.Ordinal)
                    ? "SERVICE needs a remote endpoint"
                    : knownFailures.TryGetValue(entry.Iri, out var reason) ? "known failure: " + reason : null;
            data.Add(new ConformanceCase(entry, skip));
        }

        return data;
    }

    /// <summary>The evaluation entries of the suite's manifest, in manifest order.</summary>
    public static List<ManifestEntry> Entries(ManifestSuite suite) =>
        [.. Manifest.Load(suite).Entries.Where(e => e.Type == TestVocabulary.Mf + "QueryEvaluationTest")];
}
