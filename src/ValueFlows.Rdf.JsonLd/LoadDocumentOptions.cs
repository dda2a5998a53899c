namespace ValueFlows.Rdf.JsonLd;

/// <summary>What a caller asks of a <see cref="IJsonLdDocumentLoader"/> (§9.4.2).</summary>
public sealed record LoadDocumentOptions
{
    /// <summary>Plain options: a document, not a context.</summary>
    public static LoadDocumentOptions Default { get; } = new();

    /// <summary>The options the context processing algorithm uses: the JSON-LD context profile.</summary>
    public static LoadDocumentOptions Context { get; } = new() { Profile = JsonLdProfiles.Context, RequestProfile = JsonLdProfiles.Context };

    /// <summary>For HTML: every JSON-LD script element, as an array, rather than the first one.</summary>
    public bool ExtractAllScripts { get; init; }

    /// <summary>For HTML: the profile of the script element to select.</summary>
    public string? Profile { get; init; }

    /// <summary>The profile to ask for in the request's <c>Accept</c> header.</summary>
    public string? RequestProfile { get; init; }
}
