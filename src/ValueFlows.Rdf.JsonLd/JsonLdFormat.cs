using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// JSON-LD as an <see cref="RdfFormat"/> (<c>jsonld</c>, <c>application/ld+json</c>, <c>.jsonld</c>, named graphs), for
/// the program to register in <see cref="RdfFormatRegistry"/> when it is composed.
/// </summary>
public static class JsonLdFormat
{
    /// <summary>The format name.</summary>
    public const string Name = "jsonld";

    /// <summary>JSON-LD whose writer compacts with the declared prefixes.</summary>
    public static RdfFormat Format { get; } = Create(null);

    /// <summary>
    /// JSON-LD whose writer compacts with <paramref name="context"/> (a context object, an array, or a context IRI the
    /// options' loader resolves) and whose reader and writer use <paramref name="options"/>.
    /// </summary>
    public static RdfFormat Create(JsonNode? context, JsonLdOptions? options = null)
    {
        var jsonLdOptions = options ?? JsonLdOptions.Default;
        return new RdfFormat(
            Name,
            [],
            [JsonLdProfiles.MediaType],
            ["jsonld"],
            supportsNamedGraphs: true,
            (input, readerOptions) => new JsonLdReader(input, readerOptions, jsonLdOptions),
            (output, writerOptions) => new JsonLdWriter(output, writerOptions, context?.DeepClone(), jsonLdOptions));
    }
}
