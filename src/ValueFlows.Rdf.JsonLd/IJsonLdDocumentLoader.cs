namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// Retrieves remote documents and contexts (the spec's <c>LoadDocumentCallback</c>, §9.4.1). Implementations throw
/// <see cref="JsonLdException"/> with <see cref="JsonLdErrorCode.LoadingDocumentFailed"/> (or
/// <see cref="JsonLdErrorCode.MultipleContextLinkHeaders"/>) when they cannot return the document.
/// </summary>
public interface IJsonLdDocumentLoader
{
    /// <summary>Loads the document at <paramref name="url"/>.</summary>
    RemoteDocument LoadDocument(string url, LoadDocumentOptions options);
}
