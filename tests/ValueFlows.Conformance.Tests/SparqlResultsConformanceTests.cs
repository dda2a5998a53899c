namespace ValueFlows.Conformance.Tests;

/// <summary>
/// The results-format entries of the W3C SPARQL 1.1 suite (<c>manifest-sparql11-results.ttl</c>: CSV, TSV and JSON),
/// one test case per entry: our writers' output is compared with the expected file, and our readers read it back.
/// </summary>
public sealed class SparqlResultsConformanceTests
{
    /// <summary>Entries expected in manifest-sparql11-results.ttl (6 CSV/TSV, 4 JSON).</summary>
    public const int EntryCount = 10;

    /// <summary>The SPARQL 1.1 results-format suite.</summary>
    public static ManifestSuite Results11 { get; } =
        new("SPARQL 1.1 results formats", "w3c-rdf-tests-sparql/sparql11/manifest-sparql11-results.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql11/");

    public static TheoryData<ConformanceCase> Cases
    {
        get
        {
            var data = new TheoryData<ConformanceCase>();
            if (ConformanceRoot.Path is null)
            {
                return data;
            }

            foreach (var entry in SparqlResultsTestRunner.Entries(Results11))
            {
                data.Add(new ConformanceCase(entry, null));
            }

            return data;
        }
    }

    [ConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Sparql11ResultsFormat(ConformanceCase test) => SparqlResultsTestRunner.Run(test);

    [ConformanceFact]
    public void Manifest_EveryEntry_IsACase()
    {
        Assert.Equal(EntryCount, SparqlResultsTestRunner.Entries(Results11).Select(e => e.Iri).Distinct().Count());
        Assert.Equal(EntryCount, Cases.Count);
    }
}
