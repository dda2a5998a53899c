using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>The W3C JSON-LD 1.1 API suite: <c>compact-manifest.jsonld</c>.</summary>
public class CompactManifestTests
{
    public static IEnumerable<object[]> Entries => Manifest.Entries("compact");

    [ManifestTheory]
    [MemberData(nameof(Entries))]
    public void Compact_ManifestEntry_MatchesExpectedResult(ManifestEntry entry)
    {
        var loader = SuiteRunner.CreateLoader(entry);
        var options = SuiteRunner.CreateOptions(entry, loader);
        var context = entry.Context is null ? null : JsonNode.Parse(loader.LoadDocument(SuitePaths.BaseIri + entry.Context, LoadDocumentOptions.Default).Document.GetRawText());
        if (entry.IsNegative)
        {
            SuiteRunner.AssertFailsWithExpectedCode(entry, () => JsonLdProcessor.Compact(SuiteRunner.LoadInput(entry, loader), context, options));
            return;
        }

        var input = SuiteRunner.LoadInput(entry, loader);
        var actual = JsonLdProcessor.Compact(input, context, options);
        var expected = SuiteRunner.ReadJson(entry.Expect!);
        SuiteRunner.AssertReExpandedEquivalent(expected, actual, input, options);
    }
}
