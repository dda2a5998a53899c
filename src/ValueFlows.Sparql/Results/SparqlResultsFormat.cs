namespace ValueFlows.Sparql.Results;

/// <summary>A query results format: its names, media types and file extensions, a writer factory and a reader.</summary>
public sealed class SparqlResultsFormat
{
    private readonly Func<Stream, SparqlResultsWriter> _writer;
    private readonly Func<Stream, SparqlResults> _reader;

    internal SparqlResultsFormat(
        string name, string[] mediaTypes, string[] extensions, Func<Stream, SparqlResultsWriter> writer, Func<Stream, SparqlResults> reader)
    {
        Name = name;
        MediaTypes = mediaTypes;
        Extensions = extensions;
        _writer = writer;
        _reader = reader;
    }

    /// <summary>The short name: <c>json</c>, <c>xml</c>, <c>csv</c> or <c>tsv</c>.</summary>
    public string Name { get; }

    /// <summary>The media types, the preferred first.</summary>
    public IReadOnlyList<string> MediaTypes { get; }

    /// <summary>The preferred media type.</summary>
    public string MediaType => MediaTypes[0];

    /// <summary>File extensions with their dot, the preferred first.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>A streaming writer to <paramref name="output"/>, which it does not own.</summary>
    public SparqlResultsWriter CreateWriter(Stream output) => _writer(output ?? throw new ArgumentNullException(nameof(output)));

    /// <summary>Reads a whole results document.</summary>
    /// <exception cref="Syntax.SparqlSyntaxException">The document is malformed.</exception>
    public SparqlResults Read(Stream input) => _reader(input ?? throw new ArgumentNullException(nameof(input)));

    /// <inheritdoc />
    public override string ToString() => Name;
}
