using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// The W3C RDF 1.1 RDF/XML suite, one test case per manifest entry: evaluation tests compared by isomorphism with the
/// expected N-Triples, negative syntax tests that must fail with an <see cref="RdfSyntaxException"/>.
/// </summary>
public sealed class RdfXmlConformanceTests
{
    /// <summary>The entries expected in the manifest: 126 <c>rdft:TestXMLEval</c> and 40 <c>rdft:TestXMLNegativeSyntax</c>.</summary>
    public const int EntryCount = 166;

    /// <summary>Entries not run, with the reason (test IRI → reason). Every entry passes, so this is empty.</summary>
    private static readonly Dictionary<string, string> s_skipped = new(StringComparer.Ordinal);

    /// <summary>The suite as published (its README gives the base that the expected results of xmlbase-test014 use).</summary>
    public static ManifestSuite Suite { get; } =
        new("RDF/XML", "w3c-rdf-tests-rdf/rdf11/rdf-xml/manifest.ttl", "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-xml/");

    public static TheoryData<ConformanceCase> Cases => ConformanceCases.For(Suite, s_skipped);

    [ConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Entry(ConformanceCase test) => RdfSyntaxTestRunner.Run(test, (stream, options) => new RdfXmlReader(stream, options));

    [ConformanceFact]
    public void Manifest_EveryEntry_IsACase()
    {
        var manifest = Manifest.Load(Suite);
        int Count(string type) => manifest.Entries.Count(e => string.Equals(e.Type, TestVocabulary.Rdft + type, StringComparison.Ordinal));

        Assert.Equal(EntryCount, manifest.Entries.Count);
        Assert.Equal(126, Count("TestXMLEval"));
        Assert.Equal(40, Count("TestXMLNegativeSyntax"));
        Assert.Equal(EntryCount, Cases.Count);
        Assert.Equal(EntryCount, manifest.Entries.Select(e => e.Iri).Distinct().Count());
    }

    /// <summary>
    /// The seven entries the manifest comments out (RDF 1.1 made XML literal support optional). They test
    /// parseType="Literal" canonicalization, and the reader passes them too: the six evaluations give the expected
    /// N-Triples, the negative one is refused.
    /// </summary>
    [ConformanceTheory]
    [InlineData("rdfms-empty-property-elements/test003", true)]
    [InlineData("rdfms-empty-property-elements/test009", true)]
    [InlineData("rdfms-xml-literal-namespaces/test001", true)]
    [InlineData("rdfms-xml-literal-namespaces/test002", true)]
    [InlineData("rdfms-xmllang/test001", true)]
    [InlineData("rdfms-xmllang/test002", true)]
    [InlineData("rdfms-empty-property-elements/error003", false)]
    public void CommentedOutEntry(string name, bool evaluation)
    {
        string action = Suite.PublishedBase + name + ".rdf";
        var read = () => RdfSyntaxTestRunner.Read(Suite.LocalPath(action), action, (stream, options) => new RdfXmlReader(stream, options));
        if (!evaluation)
        {
            Assert.Throws<RdfSyntaxException>(read);
            return;
        }

        string result = Suite.PublishedBase + name + ".nt";
        var expected = RdfSyntaxTestRunner.Read(Suite.LocalPath(result), result, (stream, options) => new NTriplesReader(stream, options));
        var actual = read();
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual), RdfSyntaxTestRunner.SortedNQuads(actual));
    }
}
