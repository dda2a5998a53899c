namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>
/// The W3C JSON-LD 1.1 API suite: <c>remote-doc-manifest.jsonld</c>, expansion of documents retrieved through the
/// document loader from a stand-in for the suite's web server (redirects, content types, Link headers).
/// </summary>
public class RemoteDocManifestTests
{
    public static IEnumerable<object[]> Entries => Manifest.Entries("remote-doc");

    [ManifestTheory]
    [MemberData(nameof(Entries))]
    public void RemoteDoc_ManifestEntry_MatchesExpectedResult(ManifestEntry entry) => ExpandManifestTests.Run(entry);
}
