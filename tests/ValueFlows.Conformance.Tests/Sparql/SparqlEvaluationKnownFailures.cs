namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>Evaluation entries that do not pass yet (test IRI → reason); they are skipped with the reason shown.</summary>
public static class SparqlEvaluationKnownFailures
{
    /// <summary>The known failures.</summary>
    public static IReadOnlyDictionary<string, string> Entries { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
