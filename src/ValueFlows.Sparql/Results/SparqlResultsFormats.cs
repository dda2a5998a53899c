namespace ValueFlows.Sparql.Results;

/// <summary>The four standard results formats and lookups by name, media type and file name.</summary>
public static class SparqlResultsFormats
{
    /// <summary>SPARQL 1.1 Query Results JSON.</summary>
    public static SparqlResultsFormat Json { get; } = new(
        "json",
        ["application/sparql-results+json", "application/json"],
        [".srj", ".json"],
        s => new JsonResultsWriter(s),
        JsonResultsReader.Read);

    /// <summary>SPARQL Query Results XML.</summary>
    public static SparqlResultsFormat Xml { get; } = new(
        "xml",
        ["application/sparql-results+xml", "application/xml"],
        [".srx", ".xml"],
        s => new XmlResultsWriter(s),
        XmlResultsReader.Read);

    /// <summary>SPARQL 1.1 Query Results CSV (lossy: no datatypes, languages or IRI/literal distinction).</summary>
    public static SparqlResultsFormat Csv { get; } = new(
        "csv", ["text/csv"], [".csv"], s => new CsvResultsWriter(s), CsvResultsReader.Read);

    /// <summary>SPARQL 1.1 Query Results TSV.</summary>
    public static SparqlResultsFormat Tsv { get; } = new(
        "tsv", ["text/tab-separated-values"], [".tsv"], s => new TsvResultsWriter(s), TsvResultsReader.Read);

    /// <summary>All four formats, JSON first.</summary>
    public static IReadOnlyList<SparqlResultsFormat> All { get; } = [Json, Xml, Csv, Tsv];

    /// <summary>Finds a format by its name (case-insensitive).</summary>
    public static bool TryGetByName(string name, out SparqlResultsFormat format) =>
        TryFind(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase), out format);

    /// <summary>Finds a format by media type, ignoring parameters such as <c>charset</c>.</summary>
    public static bool TryGetByMediaType(string mediaType, out SparqlResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        var bare = mediaType.Split(';')[0].Trim();
        return TryFind(f => f.MediaTypes.Contains(bare, StringComparer.OrdinalIgnoreCase), out format);
    }

    /// <summary>Finds a format by the extension of a file name.</summary>
    public static bool TryGetByFileName(string path, out SparqlResultsFormat format)
    {
        var extension = Path.GetExtension(path);
        return TryFind(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase), out format);
    }

    private static bool TryFind(Func<SparqlResultsFormat, bool> match, out SparqlResultsFormat format)
    {
        format = All.FirstOrDefault(match)!;
        return format is not null;
    }
}
