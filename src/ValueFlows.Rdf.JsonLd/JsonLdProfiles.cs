namespace ValueFlows.Rdf.JsonLd;

/// <summary>The profile IRIs and media types JSON-LD defines.</summary>
public static class JsonLdProfiles
{
    /// <summary>The media type of JSON-LD.</summary>
    public const string MediaType = "application/ld+json";

    /// <summary>The profile of a context document, and the link relation of a context link header.</summary>
    public const string Context = "http://www.w3.org/ns/json-ld#context";

    /// <summary>The profile of expanded documents.</summary>
    public const string Expanded = "http://www.w3.org/ns/json-ld#expanded";

    /// <summary>The profile of compacted documents.</summary>
    public const string Compacted = "http://www.w3.org/ns/json-ld#compacted";

    /// <summary>The profile of flattened documents.</summary>
    public const string Flattened = "http://www.w3.org/ns/json-ld#flattened";
}
