namespace ValueFlows.Rdf;

/// <summary>An RDF serialization: its names, media types and file extensions, and how to read and write it.</summary>
public sealed class RdfFormat
{
    private readonly Func<Stream, RdfReaderOptions, RdfReader>? _reader;
    private readonly Func<Stream, RdfWriterOptions, RdfWriter>? _writer;

    /// <summary>Describes a format; either factory may be null when the format is read-only or write-only.</summary>
    public RdfFormat(
        string name,
        IReadOnlyList<string> aliases,
        IReadOnlyList<string> mediaTypes,
        IReadOnlyList<string> extensions,
        bool supportsNamedGraphs,
        Func<Stream, RdfReaderOptions, RdfReader>? reader,
        Func<Stream, RdfWriterOptions, RdfWriter>? writer)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(mediaTypes);
        if (mediaTypes.Count == 0)
        {
            throw new ArgumentException("A format needs at least one media type.", nameof(mediaTypes));
        }

        Name = name;
        Aliases = aliases ?? [];
        MediaTypes = mediaTypes;
        Extensions = extensions ?? [];
        SupportsNamedGraphs = supportsNamedGraphs;
        _reader = reader;
        _writer = writer;
    }

    /// <summary>The CLI name (<c>ntriples</c>, <c>turtle</c>, …).</summary>
    public string Name { get; }

    /// <summary>Short names accepted too (<c>nt</c>, <c>ttl</c>, …).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Media types, the preferred one first.</summary>
    public IReadOnlyList<string> MediaTypes { get; }

    /// <summary>The preferred media type.</summary>
    public string MediaType => MediaTypes[0];

    /// <summary>File extensions without the dot, the preferred one first.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the format holds a dataset (named graphs), not only one graph.</summary>
    public bool SupportsNamedGraphs { get; }

    /// <summary>True when a reader exists.</summary>
    public bool CanRead => _reader is not null;

    /// <summary>True when a writer exists.</summary>
    public bool CanWrite => _writer is not null;

    /// <summary>A reader over <paramref name="input"/>.</summary>
    public RdfReader CreateReader(Stream input, RdfReaderOptions? options = null) =>
        (_reader ?? throw new NotSupportedException($"{Name} cannot be read."))(input, options ?? RdfReaderOptions.Default);

    /// <summary>A writer to <paramref name="output"/>.</summary>
    public RdfWriter CreateWriter(Stream output, RdfWriterOptions? options = null) =>
        (_writer ?? throw new NotSupportedException($"{Name} cannot be written."))(output, options ?? RdfWriterOptions.Default);

    /// <inheritdoc />
    public override string ToString() => Name;
}
