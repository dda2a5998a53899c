using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// The OM 2.0 units ontology (<c>../shared/reference/valueflows/om-2.0.rdf</c>), the RDF/XML that ValueFlows measures
/// refer to: an OWL file with a DTD of namespace entities, XML literals' neighbours, language tags in two scripts.
/// The figures were checked against Apache Jena 4.5 (<c>riot --output=nt om-2.0.rdf</c>: 30,340 triples, 28,258
/// distinct, isomorphic with ours; the SPARQL count of units below gives 1,437 there too).
/// </summary>
public sealed class RdfXmlOntologyTests
{
    private const string Om = "http://www.ontology-of-units-of-measure.org/resource/om-2/";
    private static readonly Iri SubClassOf = Iri.Create("http://www.w3.org/2000/01/rdf-schema#subClassOf");

    private static List<Quad> ReadOm()
    {
        using var stream = File.OpenRead(OmFileFactAttribute.OmPath!);
        using var reader = new RdfXmlReader(stream, RdfReaderOptions.Default);
        return [.. reader.ReadAll()];
    }

    [OmFileFact]
    public void Read_OmOntology_GivesJenasTriples()
    {
        var quads = ReadOm();
        Assert.Equal(30_340, quads.Count);
        Assert.Equal(28_258, new Dataset(quads).Count);
    }

    /// <summary>
    /// Units: distinct IRIs typed (rdf:type) with om:Unit or a class below it through rdfs:subClassOf in the file
    /// (om:SingularUnit, om:PrefixedUnit, om:UnitDivision, …, 20 classes in all).
    /// </summary>
    [OmFileFact]
    public void Read_OmOntology_Has1437Units()
    {
        var graph = new Dataset(ReadOm());
        var unitClasses = new HashSet<Term> { Iri.Create(Om + "Unit") };
        var pending = new Queue<Term>(unitClasses);
        while (pending.TryDequeue(out var superClass))
        {
            foreach (var q in graph.Match(null, SubClassOf, superClass, null))
            {
                if (unitClasses.Add(q.Subject))
                {
                    pending.Enqueue(q.Subject);
                }
            }
        }

        var units = graph.Match(null, RdfVocabulary.Type, null, null)
            .Where(q => q.Subject is Iri && unitClasses.Contains(q.Object))
            .Select(q => q.Subject)
            .Distinct()
            .Count();
        Assert.Equal(20, graph.Match(null, RdfVocabulary.Type, null, null).Select(q => q.Object).Distinct().Count(unitClasses.Contains));
        Assert.Equal(1_437, units);
    }

    [OmFileFact]
    public void WriteThenRead_OmOntology_IsIsomorphic()
    {
        var quads = ReadOm();
        foreach (bool pretty in new[] { true, false })
        {
            using var output = new MemoryStream();
            using (var writer = new RdfXmlWriter(output, RdfWriterOptions.Default.WithPretty(pretty)))
            {
                writer.WriteAll(quads);
            }

            using var input = new MemoryStream(output.ToArray());
            using var reader = new RdfXmlReader(input, RdfReaderOptions.Default);
            Assert.True(GraphIsomorphism.AreIsomorphic(quads, reader.ReadAll()), $"pretty={pretty}: {Encoding.UTF8.GetString(output.ToArray())[..200]}");
        }
    }
}

/// <summary>A fact that needs the OM ontology from the shared reference folder; skipped, saying why, when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OmFileFactAttribute : FactAttribute
{
    /// <summary>The OM 2.0 file beside the conformance suites, or null.</summary>
    public static string? OmPath { get; } = Find();

    /// <summary>Skips the fact when the file is absent.</summary>
    public OmFileFactAttribute()
    {
        if (OmPath is null)
        {
            Skip = "The OM ontology is absent: expected ../shared/reference/valueflows/om-2.0.rdf beside the repository.";
        }
    }

    private static string? Find()
    {
        if (ConformanceRoot.Path is null)
        {
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(ConformanceRoot.Path, "..", "reference", "valueflows", "om-2.0.rdf"));
        return File.Exists(path) ? path : null;
    }
}
