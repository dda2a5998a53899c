using ValueFlows.Conformance.Tests.Sparql;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// The query evaluation entries of the W3C SPARQL suites, one test case per entry: SPARQL 1.0
/// <c>manifest-evaluation.ttl</c> and SPARQL 1.1 <c>manifest-sparql11-query.ttl</c>. Entries that do not pass yet are
/// listed in <see cref="SparqlEvaluationKnownFailures"/> with the reason.
/// </summary>
public sealed class SparqlEvaluationConformanceTests
{
    /// <summary>Evaluation entries expected in SPARQL 1.0 manifest-evaluation.ttl.</summary>
    public const int Evaluation10Count = 277;

    /// <summary>Evaluation entries expected from SPARQL 1.1 manifest-sparql11-query.ttl.</summary>
    public const int Query11Count = 225;

    /// <summary>The SPARQL 1.0 evaluation suite.</summary>
    public static ManifestSuite Evaluation10 { get; } =
        new("SPARQL 1.0 evaluation", "w3c-rdf-tests-sparql/sparql10/manifest-evaluation.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql10/");

    public static TheoryData<ConformanceCase> Sparql10Cases => SparqlEvaluationCases.For(Evaluation10, SparqlEvaluationKnownFailures.Entries);

    public static TheoryData<ConformanceCase> Sparql11Cases => SparqlEvaluationCases.For(SparqlSuites.Query11, SparqlEvaluationKnownFailures.Entries);

    [ConformanceTheory]
    [MemberData(nameof(Sparql10Cases))]
    public void Sparql10Evaluation(ConformanceCase test) => SparqlEvaluationTestRunner.Run(test);

    [ConformanceTheory]
    [MemberData(nameof(Sparql11Cases))]
    public void Sparql11QueryEvaluation(ConformanceCase test) => SparqlEvaluationTestRunner.Run(test);

    [ConformanceFact]
    public void Manifests_EveryEvaluationEntry_IsACase()
    {
        Assert.Equal(Evaluation10Count, SparqlEvaluationCases.Entries(Evaluation10).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Query11Count, SparqlEvaluationCases.Entries(SparqlSuites.Query11).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Evaluation10Count, Sparql10Cases.Count);
        Assert.Equal(Query11Count, Sparql11Cases.Count);
    }
}
