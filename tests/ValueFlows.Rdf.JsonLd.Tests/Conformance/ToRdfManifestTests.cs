namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>The W3C JSON-LD 1.1 API suite: <c>toRdf-manifest.jsonld</c>; results compared as datasets, up to blank node names.</summary>
public class ToRdfManifestTests
{
    public static IEnumerable<object[]> Entries => Manifest.Entries("toRdf");

    [ManifestTheory]
    [MemberData(nameof(Entries))]
    public void ToRdf_ManifestEntry_MatchesExpectedDataset(ManifestEntry entry)
    {
        var loader = SuiteRunner.CreateLoader(entry);
        var options = SuiteRunner.CreateOptions(entry, loader);
        if (entry.IsNegative)
        {
            SuiteRunner.AssertFailsWithExpectedCode(entry, () => JsonLdProcessor.ToRdf(SuiteRunner.LoadInput(entry, loader), options));
            return;
        }

        var actual = JsonLdProcessor.ToRdf(SuiteRunner.LoadInput(entry, loader), options);
        if (entry.IsSyntaxOnly)
        {
            return;
        }

        var expected = SuiteRunner.ReadNQuads(entry.Expect!);
        Assert.True(
            GraphIsomorphism.AreIsomorphic(expected, actual),
            $"Expected:\n{string.Join('\n', expected.Select(q => q.ToString()).Order(StringComparer.Ordinal))}\n"
            + $"Actual:\n{string.Join('\n', actual.Select(q => q.ToString()).Order(StringComparer.Ordinal))}");
    }
}
