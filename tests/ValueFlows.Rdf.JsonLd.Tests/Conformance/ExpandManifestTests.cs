namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>The W3C JSON-LD 1.1 API suite: <c>expand-manifest.jsonld</c>.</summary>
public class ExpandManifestTests
{
    public static IEnumerable<object[]> Entries => Manifest.Entries("expand");

    [ManifestTheory]
    [MemberData(nameof(Entries))]
    public void Expand_ManifestEntry_MatchesExpectedResult(ManifestEntry entry) => Run(entry);

    internal static void Run(ManifestEntry entry)
    {
        var loader = SuiteRunner.CreateLoader(entry);
        var options = SuiteRunner.CreateOptions(entry, loader);
        if (entry.IsNegative)
        {
            SuiteRunner.AssertFailsWithExpectedCode(entry, () => JsonLdProcessor.Expand(SuiteRunner.LoadInput(entry, loader), options));
            return;
        }

        var actual = JsonLdProcessor.Expand(SuiteRunner.LoadInput(entry, loader), options);
        SuiteRunner.AssertJsonEquivalent(SuiteRunner.ReadJson(entry.Expect!), actual);
    }
}
