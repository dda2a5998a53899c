using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// A W3C test manifest read with our own <see cref="TurtleReader"/>: its graph, and its entries in the order of its
/// <c>mf:entries</c> list, followed by those of the manifests it names with <c>mf:include</c>.
/// </summary>
public sealed class Manifest
{
    private Manifest(ManifestSuite suite, string iri, Dataset graph)
    {
        Suite = suite;
        Iri = iri;
        Graph = graph;
    }

    /// <summary>The suite the manifest belongs to.</summary>
    public ManifestSuite Suite { get; }

    /// <summary>The published IRI of the manifest.</summary>
    public string Iri { get; }

    /// <summary>All triples of the manifest file.</summary>
    public Dataset Graph { get; }

    /// <summary>The test entries, included manifests' entries last.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; private set; } = [];

    /// <summary>Reads the suite's manifest (and those it includes).</summary>
    /// <exception cref="InvalidOperationException">The conformance folder is absent.</exception>
    public static Manifest Load(ManifestSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return Load(suite, suite.ManifestIri);
    }

    /// <summary>Reads the manifest published at <paramref name="manifestIri"/> within <paramref name="suite"/>.</summary>
    public static Manifest Load(ManifestSuite suite, string manifestIri)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(manifestIri);
        Dataset graph;
        using (var stream = File.OpenRead(suite.LocalPath(manifestIri)))
        using (var reader = new TurtleReader(stream, RdfReaderOptions.Default.WithBaseIri(manifestIri).WithBlankNodePrefix("m")))
        {
            graph = new Dataset(reader.ReadAll());
        }

        var manifest = new Manifest(suite, manifestIri, graph);
        var node = Rdf.Iri.Create(manifestIri);
        var entries = new List<ManifestEntry>();
        foreach (var list in manifest.Objects(node, TestVocabulary.Entries))
        {
            entries.AddRange(manifest.ListItems(list).Select(item => new ManifestEntry(manifest, item)));
        }

        foreach (var list in manifest.Objects(node, TestVocabulary.Include))
        {
            foreach (var included in manifest.ListItems(list))
            {
                var iri = included as Iri ?? throw new InvalidDataException($"mf:include of <{manifestIri}> names {included}, not an IRI.");
                entries.AddRange(Load(suite, iri.Value).Entries);
            }
        }

        manifest.Entries = entries;
        return manifest;
    }

    /// <summary>The objects of <paramref name="subject"/> <paramref name="predicate"/> in the manifest graph.</summary>
    public IEnumerable<Term> Objects(Term subject, Iri predicate) =>
        Graph.Match(subject, predicate, null, null).Select(q => q.Object);

    /// <summary>The items of the RDF list starting at <paramref name="head"/>.</summary>
    public IReadOnlyList<Term> ListItems(Term head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        var node = head;
        while (!node.Equals(RdfVocabulary.Nil))
        {
            if (!seen.Add(node))
            {
                throw new InvalidDataException($"The list at {head} in <{Iri}> is cyclic.");
            }

            items.Add(Objects(node, RdfVocabulary.First).SingleOrDefault()
                ?? throw new InvalidDataException($"The list node {node} in <{Iri}> has no rdf:first."));
            node = Objects(node, RdfVocabulary.Rest).SingleOrDefault()
                ?? throw new InvalidDataException($"The list node {node} in <{Iri}> has no rdf:rest.");
        }

        return items;
    }
}
