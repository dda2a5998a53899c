using ValueFlows.Conformance.Tests.Sparql;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// The update evaluation entries (<c>mf:UpdateEvaluationTest</c>) reachable from SPARQL 1.1
/// <c>manifest-sparql11-update.ttl</c>, one test case per entry, each run over the in-memory dataset and over the quad
/// store. The manifest's 63 update syntax entries run in <see cref="SparqlSyntaxConformanceTests.Sparql11UpdateSyntax"/>.
/// </summary>
public sealed class SparqlUpdateConformanceTests
{
    /// <summary>Update evaluation entries expected from manifest-sparql11-update.ttl.</summary>
    public const int Evaluation11Count = 94;

    /// <summary>Entries not run, with the reason (test IRI → reason). Every entry passes, so this is empty.</summary>
    private static readonly Dictionary<string, string> s_skipped = new(StringComparer.Ordinal);

    public static TheoryData<ConformanceCase> Evaluation11 => SparqlUpdateTestRunner.Cases(SparqlSuites.Update11, s_skipped);

    [ConformanceTheory]
    [MemberData(nameof(Evaluation11))]
    public void Sparql11UpdateEvaluation(ConformanceCase test) => SparqlUpdateTestRunner.Run(test);

    [ConformanceFact]
    public void Manifest_EveryUpdateEvaluationEntry_IsACase()
    {
        Assert.Equal(Evaluation11Count, SparqlUpdateTestRunner.Entries(SparqlSuites.Update11).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(Evaluation11Count, Evaluation11.Count);
    }
}
