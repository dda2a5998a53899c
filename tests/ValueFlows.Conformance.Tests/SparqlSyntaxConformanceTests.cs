using ValueFlows.Conformance.Tests.Sparql;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// The syntax entries of the W3C SPARQL suites, one test case per entry: SPARQL 1.0 <c>manifest-syntax.ttl</c>, the
/// syntax entries reachable from SPARQL 1.1 <c>manifest-sparql11-query.ttl</c>, <c>manifest-sparql11-fed.ttl</c> and
/// <c>manifest-sparql11-update.ttl</c>; and the round trip parse → write → parse over every positive entry.
/// </summary>
public sealed class SparqlSyntaxConformanceTests
{
    /// <summary>Syntax entries expected in SPARQL 1.0 manifest-syntax.ttl.</summary>
    public const int Syntax10Count = 199;

    /// <summary>Syntax entries expected from SPARQL 1.1 manifest-sparql11-query.ttl.</summary>
    public const int Query11Count = 103;

    /// <summary>SERVICE syntax entries expected from SPARQL 1.1 manifest-sparql11-fed.ttl.</summary>
    public const int Federation11Count = 3;

    /// <summary>Update syntax entries expected from SPARQL 1.1 manifest-sparql11-update.ttl.</summary>
    public const int Update11Count = 63;

    /// <summary>Entries not run, with the reason (test IRI → reason). Every entry passes, so this is empty.</summary>
    private static readonly Dictionary<string, string> s_skipped = new(StringComparer.Ordinal);

    public static TheoryData<ConformanceCase> Syntax10 => SparqlSyntaxCases.For(SparqlSuites.Syntax10, s_skipped);

    public static TheoryData<ConformanceCase> Query11 => SparqlSyntaxCases.For(SparqlSuites.Query11, s_skipped);

    public static TheoryData<ConformanceCase> Federation11 => SparqlSyntaxCases.For(SparqlSuites.Federation11, s_skipped);

    public static TheoryData<ConformanceCase> Update11 => SparqlSyntaxCases.For(SparqlSuites.Update11, s_skipped);

    public static TheoryData<ConformanceCase> Positive =>
    [
        .. SparqlSyntaxCases.For(SparqlSuites.Syntax10, s_skipped, positiveOnly: true),
        .. SparqlSyntaxCases.For(SparqlSuites.Query11, s_skipped, positiveOnly: true),
        .. SparqlSyntaxCases.For(SparqlSuites.Federation11, s_skipped, positiveOnly: true),
        .. SparqlSyntaxCases.For(SparqlSuites.Update11, s_skipped, positiveOnly: true),
    ];

    [ConformanceTheory]
    [MemberData(nameof(Syntax10))]
    public void Sparql10Syntax(ConformanceCase test) => SparqlSyntaxTestRunner.Run(test);

    [ConformanceTheory]
    [MemberData(nameof(Query11))]
    public void Sparql11QuerySyntax(ConformanceCase test) => SparqlSyntaxTestRunner.Run(test);

    [ConformanceTheory]
    [MemberData(nameof(Federation11))]
    public void Sparql11FederationSyntax(ConformanceCase test) => SparqlSyntaxTestRunner.Run(test);

    [ConformanceTheory]
    [MemberData(nameof(Update11))]
    public void Sparql11UpdateSyntax(ConformanceCase test) => SparqlSyntaxTestRunner.Run(test);

    [ConformanceTheory]
    [MemberData(nameof(Positive))]
    public void RoundTrip(ConformanceCase test) => SparqlSyntaxTestRunner.RoundTrip(test);

    [ConformanceFact]
    public void EvaluationQueries_Sparql10_ParseAndRoundTrip() =>
        AssertRoundTrips(new ManifestSuite(
            "SPARQL 1.0 evaluation", "w3c-rdf-tests-sparql/sparql10/manifest-evaluation.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql10/"));

    [ConformanceFact]
    public void EvaluationQueries_Sparql11Query_ParseAndRoundTrip() => AssertRoundTrips(SparqlSuites.Query11);

    [ConformanceFact]
    public void EvaluationRequests_Sparql11Update_ParseAndRoundTrip() => AssertRoundTrips(SparqlSuites.Update11);

    [ConformanceFact]
    public void CutAndMutatedFiles_FailOnlyWithSyntaxErrorsOrRoundTrip()
    {
        var (tried, problems) = SparqlMutationCheck.Run(Path.Combine(ConformanceRoot.Path!, "w3c-rdf-tests-sparql"), 7, 20);
        Assert.True(tried > 10_000, $"Only {tried} texts were tried.");
        Assert.True(problems.Count == 0, $"{problems.Count} of {tried} texts:\n" + string.Join("\n\n", problems.Take(10)));
    }

    [ConformanceFact]
    public void Manifests_EverySyntaxEntry_IsACase()
    {
        Assert.Equal(Syntax10Count, SparqlSyntaxCases.Entries(SparqlSuites.Syntax10).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Query11Count, SparqlSyntaxCases.Entries(SparqlSuites.Query11).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Federation11Count, SparqlSyntaxCases.Entries(SparqlSuites.Federation11).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Update11Count, SparqlSyntaxCases.Entries(SparqlSuites.Update11).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Syntax10Count, Syntax10.Count);
        Assert.Equal(Query11Count, Query11.Count);
        Assert.Equal(Federation11Count, Federation11.Count);
        Assert.Equal(Update11Count, Update11.Count);
    }

    private static void AssertRoundTrips(ManifestSuite suite)
    {
        var (count, problems) = SparqlEvaluationRoundTrip.Check(suite);
        Assert.True(count > 50, $"Only {count} queries were found in {suite.Name}.");
        Assert.True(problems.Count == 0, $"{problems.Count} of {count} files in {suite.Name}:\n" + string.Join('\n', problems));
    }
}
