namespace ValueFlows.Rdf;

/// <summary>Immutable reader settings; change them with the <c>With*</c> methods.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>No base IRI.</summary>
    public static RdfReaderOptions Default { get; } = new();

    /// <summary>The base IRI against which relative IRIs of the input resolve, or null.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// The prefix used for blank node labels the reader generates or relabels, so that the blank nodes of two
    /// documents never collide; null lets the reader pick a fresh one per document.
    /// </summary>
    public string? BlankNodePrefix { get; init; }

    /// <summary>These options with another base IRI.</summary>
    public RdfReaderOptions WithBaseIri(string? baseIri) => this with { BaseIri = baseIri };

    /// <summary>These options with another blank node prefix.</summary>
    public RdfReaderOptions WithBlankNodePrefix(string? prefix) => this with { BlankNodePrefix = prefix };
}
