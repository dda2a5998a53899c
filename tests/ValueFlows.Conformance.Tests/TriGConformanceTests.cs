using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>The W3C RDF 1.1 TriG suite, one test case per manifest entry.</summary>
public sealed class TriGConformanceTests
{
    /// <summary>The entries expected in the manifest.</summary>
    public const int EntryCount = 356;

    /// <summary>Entries not run, with the reason (test IRI → reason). Every entry passes, so this is empty.</summary>
    private static readonly Dictionary<string, string> s_skipped = new(StringComparer.Ordinal);

    public static TheoryData<ConformanceCase> Cases => ConformanceCases.For(ManifestSuite.TriG, s_skipped);

    [ConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Entry(ConformanceCase test) => RdfSyntaxTestRunner.Run(test, (stream, options) => new TriGReader(stream, options));

    [ConformanceFact]
    public void Manifest_EveryEntry_IsACase()
    {
        var manifest = Manifest.Load(ManifestSuite.TriG);
        var typedTests = manifest.Graph.Match(null, RdfVocabulary.Type, null, null)
            .Count(q => q.Object is Iri type && type.Value.StartsWith(TestVocabulary.Rdft + "Test", StringComparison.Ordinal));

        Assert.Equal(EntryCount, manifest.Entries.Count);
        Assert.Equal(typedTests, manifest.Entries.Count);
        Assert.Equal(EntryCount, Cases.Count);
        Assert.Equal(EntryCount, manifest.Entries.Select(e => e.Iri).Distinct().Count());
    }
}
