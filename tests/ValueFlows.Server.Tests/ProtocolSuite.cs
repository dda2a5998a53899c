using ValueFlows.Rdf;

namespace ValueFlows.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Protocol manifest (<c>sparql11/protocol/manifest.ttl</c> under <c>../shared/conformance</c> beside
/// the repository, or <c>VF_CONFORMANCE_DIR</c>), read with our Turtle reader.
/// </summary>
internal static class ProtocolSuite
{
    public const string Published = "https://w3c.github.io/rdf-tests/sparql/sparql11/protocol/manifest.ttl";
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Ht = "http://www.w3.org/2011/http#";
    public const string Cnt = "http://www.w3.org/2011/content#";
    public const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";

    public static string MissingReason =>
        "The W3C conformance suites are absent: expected ../shared/conformance beside the repository (or VF_CONFORMANCE_DIR).";

    /// <summary>The local manifest file, or null when the suites are absent.</summary>
    public static string? ManifestPath { get; } = Find();

    private static readonly Lazy<Dataset> s_graph = new(() =>
    {
        using var stream = File.OpenRead(ManifestPath!);
        using var reader = new TurtleReader(stream, RdfReaderOptions.Default.WithBaseIri(Published));
        return new Dataset(reader.ReadAll());
    });

    public static Dataset Graph => s_graph.Value;

    /// <summary>The entries' local names (after '#'), in manifest order.</summary>
    public static List<string> EntryNames() =>
        [.. List(Graph.Match(Iri.Create(Published), Iri.Create(Mf + "entries"), null, null).Single().Object).Select(LocalName)];

    public static Term Entry(string name) =>
        Graph.Match(null, RdfVocabulary.Type, Iri.Create(Mf + "ProtocolTest"), null).Select(q => q.Subject).Single(s => LocalName(s) == name);

    public static Term? One(Term subject, string predicate) => Graph.Match(subject, Iri.Create(predicate), null, null).Select(q => q.Object).FirstOrDefault();

    public static IEnumerable<Term> All(Term subject, string predicate) => Graph.Match(subject, Iri.Create(predicate), null, null).Select(q => q.Object);

    public static List<Term> List(Term head)
    {
        var items = new List<Term>();
        while (!head.Equals(RdfVocabulary.Nil))
        {
            items.Add(One(head, RdfVocabulary.First.Value)!);
            head = One(head, RdfVocabulary.Rest.Value)!;
        }

        return items;
    }

    /// <summary>The local file of a data file named relative to the manifest.</summary>
    public static string LocalFile(Iri iri) =>
        Path.Combine(Path.GetDirectoryName(ManifestPath!)!, iri.Value[(Published.LastIndexOf('/') + 1)..]);

    private static string LocalName(Term term) => term is Iri iri ? iri.Value[(iri.Value.LastIndexOf('#') + 1)..] : term.ToString()!;

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("VF_CONFORMANCE_DIR");
        string? root = null;
        if (!string.IsNullOrEmpty(configured))
        {
            root = configured;
        }
        else
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueFlows.sln")))
            {
                dir = dir.Parent;
            }

            if (dir?.Parent is not null)
            {
                root = Path.Combine(dir.Parent.FullName, "shared", "conformance");
            }
        }

        var path = root is null ? null : Path.Combine(root, "w3c-rdf-tests-sparql", "sparql11", "protocol", "manifest.ttl");
        return path is not null && File.Exists(path) ? path : null;
    }
}
