using System.Text.Json;
using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>A retrieved document or context (§9.4.3). Immutable, so a loader may hand out the same instance many times.</summary>
public sealed class RemoteDocument
{
    private readonly Lazy<object?> _internal;

    /// <summary>Describes a retrieved document.</summary>
    public RemoteDocument(string documentUrl, JsonElement document, string contentType = JsonLdProfiles.MediaType, string? contextUrl = null, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(documentUrl);
        DocumentUrl = documentUrl;
        Document = document.Clone();
        ContentType = contentType;
        ContextUrl = contextUrl;
        Profile = profile;
        _internal = new Lazy<object?>(() => JsonModel.FromElement(Document));
    }

    /// <summary>The final URL of the document, after redirects; the base IRI of its content.</summary>
    public string DocumentUrl { get; }

    /// <summary>The parsed document.</summary>
    public JsonElement Document { get; }

    /// <summary>The media type it came with, without parameters.</summary>
    public string ContentType { get; }

    /// <summary>The context named by an HTTP <c>Link</c> header (only for plain JSON), or null.</summary>
    public string? ContextUrl { get; }

    /// <summary>The profile parameter of its media type, or null.</summary>
    public string? Profile { get; }

    /// <summary>The document in the processor's internal representation, converted once and shared (never modified).</summary>
    internal object? InternalDocument => _internal.Value;
}
