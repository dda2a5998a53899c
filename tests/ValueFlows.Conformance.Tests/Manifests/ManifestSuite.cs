namespace ValueFlows.Conformance.Tests;

/// <summary>
/// One W3C test suite: its manifest file under the conformance folder and the IRI under which the suite is published.
/// The manifest is read with that IRI as its base, so test, action and result IRIs come out as published (which the
/// expected results of evaluation tests rely on) and map back to local files by replacing the published prefix.
/// </summary>
/// <param name="Name">A short name for messages.</param>
/// <param name="ManifestPath">The manifest, relative to the conformance folder (e.g. <c>w3c-rdf-tests-rdf/rdf11/rdf-turtle/manifest.ttl</c>).</param>
/// <param name="PublishedBase">The published IRI of the manifest's folder, ending with '/'.</param>
public sealed record ManifestSuite(string Name, string ManifestPath, string PublishedBase)
{
    // The published bases are the suites' homes as their READMEs and mf:assumedTestBase give them; the expected results
    // of the evaluation tests that resolve relative IRIs (turtle-subm-01/27, trig-subm-01/27) are written against them.
    // (The older http://www.w3.org/2013/TurtleTests/ IRIs inside the files are absolute and need no mapping.)

    /// <summary>RDF 1.1 N-Triples.</summary>
    public static ManifestSuite NTriples { get; } =
        new("N-Triples", "w3c-rdf-tests-rdf/rdf11/rdf-n-triples/manifest.ttl", "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-n-triples/");

    /// <summary>RDF 1.1 N-Quads.</summary>
    public static ManifestSuite NQuads { get; } =
        new("N-Quads", "w3c-rdf-tests-rdf/rdf11/rdf-n-quads/manifest.ttl", "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-n-quads/");

    /// <summary>RDF 1.1 Turtle.</summary>
    public static ManifestSuite Turtle { get; } =
        new("Turtle", "w3c-rdf-tests-rdf/rdf11/rdf-turtle/manifest.ttl", "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/");

    /// <summary>RDF 1.1 TriG.</summary>
    public static ManifestSuite TriG { get; } =
        new("TriG", "w3c-rdf-tests-rdf/rdf11/rdf-trig/manifest.ttl", "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-trig/");

    /// <summary>The published IRI of the manifest itself.</summary>
    public string ManifestIri => PublishedBase + System.IO.Path.GetFileName(ManifestPath);

    /// <summary>The local folder of the manifest, or null when the conformance folder is absent.</summary>
    public string? LocalFolder =>
        ConformanceRoot.Path is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.Combine(ConformanceRoot.Path, ManifestPath));

    /// <summary>The local file of a published IRI of this suite.</summary>
    /// <exception cref="ArgumentException">The IRI is not under <see cref="PublishedBase"/>.</exception>
    public string LocalPath(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        if (!iri.StartsWith(PublishedBase, StringComparison.Ordinal))
        {
            throw new ArgumentException($"<{iri}> is not under the published base <{PublishedBase}> of the {Name} suite.", nameof(iri));
        }

        var folder = LocalFolder ?? throw new InvalidOperationException(ConformanceRoot.MissingReason);
        return System.IO.Path.Combine(folder, iri[PublishedBase.Length..].Replace('/', System.IO.Path.DirectorySeparatorChar));
    }
}
