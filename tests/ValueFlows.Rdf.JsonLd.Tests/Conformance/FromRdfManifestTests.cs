namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>The W3C JSON-LD 1.1 API suite: <c>fromRdf-manifest.jsonld</c>.</summary>
public class FromRdfManifestTests
{
    public static IEnumerable<object[]> Entries => Manifest.Entries("fromRdf");

    [ManifestTheory]
    [MemberData(nameof(Entries))]
    public void FromRdf_ManifestEntry_MatchesExpectedResult(ManifestEntry entry)
    {
        var loader = SuiteRunner.CreateLoader(entry);
        var options = SuiteRunner.CreateOptions(entry, loader);
        var quads = SuiteRunner.ReadNQuads(entry.Input);
        if (entry.IsNegative)
        {
            SuiteRunner.AssertFailsWithExpectedCode(entry, () => JsonLdProcessor.FromRdf(quads, options));
            return;
        }

        var actual = JsonLdProcessor.FromRdf(quads, options);
        SuiteRunner.AssertJsonEquivalent(SuiteRunner.ReadJson(entry.Expect!), actual);
    }
}
