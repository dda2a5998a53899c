using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Ontology;

/// <summary>Reads a Turtle file into a dataset with the repository's own parser.</summary>
internal static class TurtleFile
{
    public static Dataset Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = RdfFormats.Turtle.CreateReader(stream, RdfReaderOptions.Default.WithBaseIri(new Uri(path).AbsoluteUri));
        return new Dataset(reader.ReadAll());
    }

    /// <summary>The subjects typed <paramref name="type"/>.</summary>
    public static IEnumerable<Iri> SubjectsOfType(Dataset data, string type) =>
        data.Match(null, RdfVocabulary.Type, Iri.Create(type), null).Select(q => q.Subject).OfType<Iri>().Distinct();
}
