using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// Options of the JSON-LD API (§9.3), immutable; change them with <c>with</c> expressions. Defaults follow the spec,
/// except <see cref="ProduceGeneralizedRdf"/> (off: RDF datasets here never have blank node predicates).
/// </summary>
public sealed record JsonLdOptions
{
    /// <summary>The defaults.</summary>
    public static JsonLdOptions Default { get; } = new();

    /// <summary>The base IRI of the document; overrides the document's own URL.</summary>
    public string? Base { get; init; }

    /// <summary>Compaction replaces one-item arrays by their item (default true).</summary>
    public bool CompactArrays { get; init; } = true;

    /// <summary>Compaction writes IRIs relative to the base where it can (default true).</summary>
    public bool CompactToRelative { get; init; } = true;

    /// <summary>Where remote documents and contexts come from; null is <see cref="JsonLdDocumentLoader.Default"/>, which never reaches the network.</summary>
    public IJsonLdDocumentLoader? DocumentLoader { get; init; }

    /// <summary>A context applied before expansion: a context object, an array, or a string IRI.</summary>
    public JsonNode? ExpandContext { get; init; }

    /// <summary>Map entries are processed in code-point order of their keys, so output is deterministic (default false).</summary>
    public bool Ordered { get; init; }

    /// <summary>The processing mode (default <c>json-ld-1.1</c>).</summary>
    public JsonLdProcessingMode ProcessingMode { get; init; } = JsonLdProcessingMode.JsonLd11;

    /// <summary>toRdf keeps triples whose predicate is a blank node (default false).</summary>
    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>How <c>@direction</c> goes to and from RDF; null drops the direction (default).</summary>
    public JsonLdRdfDirection? RdfDirection { get; init; }

    /// <summary>fromRdf turns <c>xsd:integer</c>, <c>xsd:double</c> and <c>xsd:boolean</c> literals into JSON numbers and booleans.</summary>
    public bool UseNativeTypes { get; init; }

    /// <summary>fromRdf keeps <c>rdf:type</c> as a property instead of <c>@type</c>.</summary>
    public bool UseRdfType { get; init; }

    internal IJsonLdDocumentLoader Loader => DocumentLoader ?? JsonLdDocumentLoader.Default;
}
