using ValueFlows.Rdf;
using Xunit.Abstractions;

namespace ValueFlows.Conformance.Tests;

/// <summary>The manifest loader itself: published IRIs map to local files, lists and includes are followed.</summary>
public sealed class ManifestLoaderTests
{
    [ConformanceFact]
    public void Load_TurtleManifest_GivesPublishedIrisThatMapToLocalFiles()
    {
        var manifest = Manifest.Load(ManifestSuite.Turtle);
        var entry = manifest.Entries.Single(e => e.Name == "IRI_subject");

        Assert.Equal("https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/manifest.ttl#IRI_subject", entry.Iri);
        Assert.Equal("TestTurtleEval", entry.TypeName);
        Assert.Equal(Iri.Create("https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/IRI_subject.ttl"), entry.Action);
        Assert.True(File.Exists(new ConformanceCase(entry, null).ActionPath));
        Assert.True(File.Exists(new ConformanceCase(entry, null).ResultPath));
    }

    [ConformanceFact]
    public void Load_ManifestWithIncludes_GathersTheEntriesOfEveryIncludedManifest()
    {
        var suite = new ManifestSuite(
            "SPARQL 1.1 query", "w3c-rdf-tests-sparql/sparql11/manifest-sparql11-query.ttl", "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/");

        var manifest = Manifest.Load(suite);
        var includes = manifest.Objects(Iri.Create(suite.ManifestIri), TestVocabulary.Include)
            .SelectMany(manifest.ListItems)
            .Cast<Iri>()
            .ToList();

        Assert.Equal(13, includes.Count);
        Assert.Equal(includes.Sum(i => Manifest.Load(suite, i.Value).Entries.Count), manifest.Entries.Count);
        Assert.Contains(manifest.Entries, e => e.Iri.StartsWith(suite.PublishedBase + "aggregates/manifest#", StringComparison.Ordinal));
    }

    [Fact]
    public void ConformanceCase_SerializedAndRead_KeepsEveryField()
    {
        var original = new ConformanceCase(
            ManifestSuite.Turtle,
            ManifestSuite.Turtle.PublishedBase + "manifest.ttl#t",
            TestVocabulary.Rdft + "TestTurtleEval",
            ManifestSuite.Turtle.PublishedBase + "t.ttl",
            ManifestSuite.Turtle.PublishedBase + "t.nt",
            "a reason");
        var info = new DictionarySerializationInfo();
        original.Serialize(info);
#pragma warning disable CS0618 // The parameterless constructor is xunit's; so is this round trip.
        var copy = new ConformanceCase();
#pragma warning restore CS0618
        copy.Deserialize(info);

        Assert.Equal(original.ToString(), copy.ToString());
        Assert.Equal(original.Suite, copy.Suite);
        Assert.Equal((original.Type, original.Action, original.Result, original.SkipReason), (copy.Type, copy.Action, copy.Result, copy.SkipReason));
    }

    private sealed class DictionarySerializationInfo : IXunitSerializationInfo
    {
        private readonly Dictionary<string, object?> _values = [];

        public void AddValue(string key, object? value, Type? type = null) => _values[key] = value;

        public object? GetValue(string key, Type type) => _values[key];

        public T GetValue<T>(string key) => (T)_values[key]!;
    }
}
