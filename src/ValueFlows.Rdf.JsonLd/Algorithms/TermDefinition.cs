using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// A term definition of an active context (JSON-LD 1.1 API §4.1). Immutable once the Create Term Definition algorithm
/// has built it, so contexts share definitions when they are cloned.
/// </summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI, blank node identifier or keyword the term maps to; null for a term defined as null.</summary>
    public string? IriMapping { get; set; }

    public bool IsPrefix { get; set; }

    public bool IsProtected { get; set; }

    public bool IsReverseProperty { get; set; }

    /// <summary>The base URL of the context the definition came from, for its scoped context.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>True when the definition has a scoped context (which may be null: a context that resets).</summary>
    public bool HasLocalContext { get; set; }

    public object? LocalContext { get; set; }

    public ContainerMapping Container { get; set; }

    /// <summary>True when the definition has a direction mapping (which may be null).</summary>
    public bool HasDirection { get; set; }

    public string? Direction { get; set; }

    public string? IndexMapping { get; set; }

    /// <summary>True when the definition has a language mapping (which may be null).</summary>
    public bool HasLanguage { get; set; }

    public string? Language { get; set; }

    public string? NestValue { get; set; }

    public string? TypeMapping { get; set; }

    /// <summary>Equality of everything but the protected flag (Create Term Definition step 27.1).</summary>
    public bool SameAsIgnoringProtection(TermDefinition other) =>
        string.Equals(IriMapping, other.IriMapping, StringComparison.Ordinal)
        && IsPrefix == other.IsPrefix
        && IsReverseProperty == other.IsReverseProperty
        && HasLocalContext == other.HasLocalContext
        && JsonModel.DeepEquals(LocalContext, other.LocalContext)
        && Container == other.Container
        && HasDirection == other.HasDirection
        && string.Equals(Direction, other.Direction, StringComparison.Ordinal)
        && string.Equals(IndexMapping, other.IndexMapping, StringComparison.Ordinal)
        && HasLanguage == other.HasLanguage
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && string.Equals(NestValue, other.NestValue, StringComparison.Ordinal)
        && string.Equals(TypeMapping, other.TypeMapping, StringComparison.Ordinal);
}
