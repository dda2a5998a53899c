namespace ValueFlows.Rdf;

/// <summary>Immutable writer settings; change them with the <c>With*</c> methods.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Defaults: no base, no prefixes, pretty output where the format has it.</summary>
    public static RdfWriterOptions Default { get; } = new();

    /// <summary>A base IRI to declare and write IRIs relative to (formats that have one), or null.</summary>
    public string? BaseIri { get; init; }

    /// <summary>Prefixes (without ':') and namespaces to declare up front (formats that have them).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; init; } = [];

    /// <summary>
    /// When true (the default) Turtle, TriG and RDF/XML writers buffer the document to nest blank nodes used once and
    /// write lists as <c>( … )</c>; when false they stream, grouping only consecutive triples of one subject.
    /// </summary>
    public bool Pretty { get; init; } = true;

    /// <summary>These options with a base IRI.</summary>
    public RdfWriterOptions WithBaseIri(string? baseIri) => this with { BaseIri = baseIri };

    /// <summary>These options with one more prefix.</summary>
    public RdfWriterOptions WithPrefix(string prefix, string namespaceIri) =>
        this with { Prefixes = [.. Prefixes, new KeyValuePair<string, string>(prefix, namespaceIri)] };

    /// <summary>These options with pretty output on or off.</summary>
    public RdfWriterOptions WithPretty(bool pretty) => this with { Pretty = pretty };
}
