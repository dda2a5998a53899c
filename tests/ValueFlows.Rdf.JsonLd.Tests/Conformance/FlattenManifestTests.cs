using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>The W3C JSON-LD 1.1 API suite: <c>flatten-manifest.jsonld</c>.</summary>
public class FlattenManifestTests
{
    public static IEnumerable<object[]> Entries => Manifest.Entries("flatten");

    [ManifestTheory]
    [MemberData(nameof(Entries))]
    public void Flatten_ManifestEntry_MatchesExpectedResult(ManifestEntry entry)
    {
        var loader = SuiteRunner.CreateLoader(entry);
        var options = SuiteRunner.CreateOptions(entry, loader);
        var context = entry.Context is null ? null : JsonNode.Parse(loader.LoadDocument(SuitePaths.BaseIri + entry.Context, LoadDocumentOptions.Default).Document.GetRawText());
        if (entry.IsNegative)
        {
            SuiteRunner.AssertFailsWithExpectedCode(entry, () => JsonLdProcessor.Flatten(SuiteRunner.LoadInput(entry, loader), context, options));
            return;
        }

        var input = SuiteRunner.LoadInput(entry, loader);
        var actual = JsonLdProcessor.Flatten(input, context, options);
        var expected = SuiteRunner.ReadJson(entry.Expect!);
        if (context is null)
        {
            SuiteRunner.AssertJsonEquivalent(expected, actual);
        }
        else
        {
            SuiteRunner.AssertReExpandedEquivalent(expected, actual, input, options);
        }
    }
}
