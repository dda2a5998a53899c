using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ValueFlows.GraphQL;

namespace ValueFlows.Server;

/// <summary>
/// The explorer page of <c>/graphql</c>: <c>Explorer/*</c> of this project, embedded in the assembly, served to a
/// browser's <c>GET /graphql</c> and under <c>/graphql/explorer/</c>. A content security policy of 'self' keeps the
/// page from loading anything from elsewhere.
/// </summary>
internal static class GraphQLExplorer
{
    public const string AssetPath = "/graphql/explorer";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    private static readonly FrozenDictionary<string, Asset> s_assets = Load();

    private static readonly Lazy<Asset> s_schema = new(() => Create(Encoding.UTF8.GetBytes(VfGraphQLSchemaText.Print()), "text/plain; charset=utf-8"));

    /// <summary>Whether a GET is a browser asking for a page: the Accept header prefers HTML to every JSON type.</summary>
    public static bool WantsPage(HttpRequest request)
    {
        var offers = new[] { "text/html", GraphQLMediaTypes.Response, GraphQLMediaTypes.Json };
        var accept = request.Headers.Accept;
        return accept.Count > 0 && MediaTypeNegotiation.Choose(accept, offers) == 0 && AcceptsHtmlExplicitly(accept);
    }

    public static Task WritePageAsync(HttpContext context) => WriteAsync(context, s_assets["index.html"]);

    /// <summary><c>GET /graphql/schema.graphql</c>: the schema as SDL, with descriptions (for tools and people).</summary>
    public static Task WriteSchemaAsync(HttpContext context) => WriteAsync(context, s_schema.Value);

    /// <summary><c>GET /graphql/explorer/{file}</c>: one of the page's files, or 404.</summary>
    public static Task WriteAssetAsync(HttpContext context, string file) =>
        s_assets.TryGetValue(file, out var asset) && file != "index.html"
            ? WriteAsync(context, asset)
            : ProblemResponse.Write(context, StatusCodes.Status404NotFound, "Not found", $"The explorer has no file '{file}'.");

    private static bool AcceptsHtmlExplicitly(IList<string> accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1.0) > 0);

    private static async Task WriteAsync(HttpContext context, Asset asset)
    {
        var response = context.Response;
        var etag = context.Request.Headers.IfNoneMatch;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (asset.ContentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.Vary = "Accept";
        }

        if (etag.Count > 0 && etag.Any(e => e == asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(asset.Bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        const string prefix = "ValueFlows.Server.Explorer.";
        var assembly = typeof(GraphQLExplorer).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var file = name[prefix.Length..];
            var contentType = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                _ => "application/octet-stream",
            };
            assets[file] = Create(bytes, contentType);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Asset Create(byte[] bytes, string contentType) =>
        new(bytes, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"");

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
