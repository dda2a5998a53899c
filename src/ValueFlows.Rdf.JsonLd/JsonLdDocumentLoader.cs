using System.Collections.Concurrent;
using System.Text.Json;
using ValueFlows.Rdf.JsonLd.Documents;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// The document loader: an in-process cache of registered documents (our own context, files a user registers) and,
/// only for IRIs under an allow-listed prefix and only when an <see cref="HttpClient"/> is given, HTTP retrieval as
/// §9.4.1 describes it (content negotiation, redirects, <c>Link</c> headers, JSON-LD in HTML script elements). Any other
/// IRI fails at once with <c>loading document failed</c> naming it; by default nothing reaches the network.
/// Thread-safe.
/// </summary>
public sealed class JsonLdDocumentLoader : IJsonLdDocumentLoader
{
    private const int MaxRedirects = 10;

    private readonly ConcurrentDictionary<string, RemoteDocument> _registered = new(StringComparer.Ordinal);
    private readonly HttpClient? _httpClient;
    private readonly string[] _allowedPrefixes;

    /// <summary>A loader that serves registered documents only.</summary>
    public JsonLdDocumentLoader()
    {
        _allowedPrefixes = [];
    }

    /// <summary>
    /// A loader that also retrieves IRIs starting with one of <paramref name="allowedPrefixes"/> through
    /// <paramref name="httpClient"/>. The client must not follow redirects itself (the loader does, to know the final
    /// URL); its handler may be any <see cref="HttpMessageHandler"/>, such as a test double.
    /// </summary>
    public JsonLdDocumentLoader(HttpClient httpClient, IEnumerable<string> allowedPrefixes)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(allowedPrefixes);
        _httpClient = httpClient;
        _allowedPrefixes = [.. allowedPrefixes];
    }

    /// <summary>The process-wide offline loader that <see cref="JsonLdOptions"/> uses unless told otherwise.</summary>
    public static JsonLdDocumentLoader Default { get; } = new();

    /// <summary>Registers (or replaces) the document served for <paramref name="iri"/>.</summary>
    /// <exception cref="JsonException"><paramref name="json"/> is not JSON.</exception>
    public void Register(string iri, string json)
    {
        ArgumentNullException.ThrowIfNull(iri);
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        Register(iri, document.RootElement);
    }

    /// <summary>Registers (or replaces) the document served for <paramref name="iri"/>.</summary>
    public void Register(string iri, JsonElement document)
    {
        ArgumentNullException.ThrowIfNull(iri);
        _registered[iri] = new RemoteDocument(iri, document);
    }

    /// <summary>True when a document is registered for <paramref name="iri"/>.</summary>
    public bool IsRegistered(string iri) => _registered.ContainsKey(iri);

    /// <inheritdoc />
    public RemoteDocument LoadDocument(string url, LoadDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        if (_registered.TryGetValue(url, out var document))
        {
            return document;
        }

        int hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0 && _registered.TryGetValue(url[..hash], out document))
        {
            return document;
        }

        if (_httpClient is not null && IsAllowed(url))
        {
            return Retrieve(url, options);
        }

        throw new JsonLdException(
            JsonLdErrorCode.LoadingDocumentFailed,
            $"<{url}> is neither registered with the document loader nor under an allowed IRI prefix; it is not fetched from the network.");
    }

    private bool IsAllowed(string url)
    {
        foreach (var prefix in _allowedPrefixes)
        {
            if (url.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps 2 to 8 of the default LoadDocumentCallback (§9.4.1), with the HTML extension of §9.5.1.</summary>
    private RemoteDocument Retrieve(string url, LoadDocumentOptions options)
    {
        string documentUrl = url;
        string requestUrl = url;
        for (int hops = 0; ; hops++)
        {
            if (hops > MaxRedirects)
            {
                throw Failed(url, "too many redirects");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, StripFragment(requestUrl));
            request.Headers.TryAddWithoutValidation("Accept", AcceptHeader(options));
            HttpResponseMessage response;
            try
            {
                response = _httpClient!.Send(request);
            }
            catch (HttpRequestException e)
            {
                throw Failed(requestUrl, e.Message);
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    // Step 3: the document URL follows redirects. The spec sets 303 See Other apart, but the suite's
                    // remote-doc t0006 expects its target as the base like any other redirect's.
                    requestUrl = Model.IriReference.Resolve(requestUrl, location.OriginalString);
                    documentUrl = requestUrl;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw Failed(requestUrl, $"the server answered {status}");
                }

                var contentType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
                var profile = response.Content.Headers.ContentType?.Parameters
                    .FirstOrDefault(p => string.Equals(p.Name, "profile", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"');
                var links = LinkHeader.Parse(response.Headers.TryGetValues("Link", out var values) ? values : []);
                bool isJson = IsJsonMediaType(contentType);

                // Step 4: a non-JSON resource may point at its JSON-LD alternate.
                if (!isJson)
                {
                    var alternate = links.FirstOrDefault(l =>
                        string.Equals(l.Rel, "alternate", StringComparison.Ordinal)
                        && string.Equals(l.Type, JsonLdProfiles.MediaType, StringComparison.OrdinalIgnoreCase));
                    if (alternate is not null)
                    {
                        requestUrl = Model.IriReference.Resolve(requestUrl, alternate.Target);
                        documentUrl = requestUrl;
                        continue;
                    }
                }

                var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();

                // Step 5: a context link header applies to plain JSON only.
                string? contextUrl = null;
                if (isJson && !string.Equals(contentType, JsonLdProfiles.MediaType, StringComparison.OrdinalIgnoreCase))
                {
                    var contextLinks = links.Where(l => string.Equals(l.Rel, JsonLdProfiles.Context, StringComparison.Ordinal)).ToList();
                    if (contextLinks.Count > 1)
                    {
                        throw new JsonLdException(JsonLdErrorCode.MultipleContextLinkHeaders, $"<{requestUrl}> has {contextLinks.Count} context Link headers.");
                    }

                    if (contextLinks.Count == 1)
                    {
                        contextUrl = Model.IriReference.Resolve(requestUrl, contextLinks[0].Target);
                    }
                }

                if (isJson)
                {
                    return new RemoteDocument(documentUrl, Parse(body, requestUrl), contentType, contextUrl, profile);
                }

                if (contentType is "text/html" or "application/xhtml+xml")
                {
                    var (element, htmlBase) = HtmlScriptExtractor.Extract(body, url, options);
                    return new RemoteDocument(htmlBase is null ? documentUrl : Model.IriReference.Resolve(documentUrl, htmlBase), element, contentType, null, profile);
                }

                // Step 6.
                throw Failed(requestUrl, $"its content type {contentType} is not JSON");
            }
        }
    }

    private static string StripFragment(string url)
    {
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }

    private static string AcceptHeader(LoadDocumentOptions options)
    {
        var ldJson = options.RequestProfile is null
            ? JsonLdProfiles.MediaType
            : $"{JsonLdProfiles.MediaType};profile=\"{options.RequestProfile}\", {JsonLdProfiles.MediaType}";
        return options.RequestProfile == JsonLdProfiles.Context
            ? $"{ldJson}, application/json;q=0.9"
            : $"{ldJson}, application/json;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.7";
    }

    private static bool IsJsonMediaType(string mediaType) =>
        string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static JsonElement Parse(byte[] body, string url)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw Failed(url, "it is not valid JSON: " + e.Message);
        }
    }

    private static JsonLdException Failed(string url, string why) =>
        new(JsonLdErrorCode.LoadingDocumentFailed, $"<{url}> could not be loaded: {why}.");
}
