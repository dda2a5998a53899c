using ValueFlows.Rdf;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Server;

/// <summary>
/// The media types the SPARQL endpoint answers in, in order of preference: results formats for SELECT and ASK (JSON
/// first), RDF formats for graphs (Turtle first, then every writable format of the registry, JSON-LD included once it is
/// registered at composition).
/// </summary>
internal static class ResponseFormats
{
    public static (IReadOnlyList<string> MediaTypes, IReadOnlyList<SparqlResultsFormat> Formats) Results { get; } = Flatten(SparqlResultsFormats.All, f => f.MediaTypes);

    public static (IReadOnlyList<string> MediaTypes, IReadOnlyList<RdfFormat> Formats) Graphs()
    {
        var writable = RdfFormatRegistry.Default.All.Where(f => f.CanWrite).ToList();
        var turtle = writable.FindIndex(f => f.Name == "turtle");
        if (turtle > 0)
        {
            var first = writable[turtle];
            writable.RemoveAt(turtle);
            writable.Insert(0, first);
        }

        return Flatten(writable, f => f.MediaTypes);
    }

    /// <summary>One offer per media type, with the format each stands for.</summary>
    private static (IReadOnlyList<string>, IReadOnlyList<T>) Flatten<T>(IEnumerable<T> formats, Func<T, IEnumerable<string>> mediaTypes)
    {
        var types = new List<string>();
        var owners = new List<T>();
        foreach (var format in formats)
        {
            foreach (var type in mediaTypes(format))
            {
                types.Add(type);
                owners.Add(format);
            }
        }

        return (types, owners);
    }

    /// <summary>The Content-Type header for a media type: text formats say they are UTF-8.</summary>
    public static string ContentType(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("json", StringComparison.Ordinal) ? mediaType + "; charset=utf-8" : mediaType;
}
