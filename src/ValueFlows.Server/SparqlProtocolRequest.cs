using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ValueFlows.Server;

/// <summary>
/// The parameters of one SPARQL 1.1 Protocol request (§2.1, §2.2): the query or update text and the dataset IRIs, read
/// from the URL, a URL-encoded form or a direct body. Requests the protocol refuses are answered here with a problem
/// document (400, 405, 413, 415) and give null.
/// </summary>
internal sealed class SparqlProtocolRequest
{
    public const string FormMediaType = "application/x-www-form-urlencoded";
    public const string QueryMediaType = "application/sparql-query";
    public const string UpdateMediaType = "application/sparql-update";

    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);

    private SparqlProtocolRequest(IReadOnlyDictionary<string, StringValues> parameters, string? query, string? update)
    {
        Parameters = parameters;
        Query = query;
        Update = update;
    }

    /// <summary>All parameters (URL and form), for the dataset IRIs.</summary>
    public IReadOnlyDictionary<string, StringValues> Parameters { get; }

    /// <summary>The query text, or null.</summary>
    public string? Query { get; }

    /// <summary>The update text, or null.</summary>
    public string? Update { get; }

    /// <summary>The values of a parameter that may repeat (<c>default-graph-uri</c> and friends).</summary>
    public IReadOnlyList<string> All(string name) =>
        Parameters.TryGetValue(name, out var values) ? [.. values.Where(v => v is not null).Select(v => v!)] : [];

    public static async Task<SparqlProtocolRequest?> ReadAsync(HttpContext context, VfServerOptions options)
    {
        var request = context.Request;
        var parameters = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value;
        }

        string? directQuery = null;
        string? directUpdate = null;
        if (HttpMethods.IsPost(request.Method))
        {
            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
            {
                await ProblemResponse.Write(
                    context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"A SPARQL POST needs a Content-Type: {FormMediaType}, {QueryMediaType} or {UpdateMediaType}.").ConfigureAwait(false);
                return null;
            }

            var kind = mediaType.ToLowerInvariant();
            if (kind is not (FormMediaType or QueryMediaType or UpdateMediaType))
            {
                await ProblemResponse.Write(
                    context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"'{mediaType}' is not a SPARQL request body; use {FormMediaType}, {QueryMediaType} or {UpdateMediaType}.").ConfigureAwait(false);
                return null;
            }

            if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                await ProblemResponse.Write(
                    context, StatusCodes.Status415UnsupportedMediaType, "Unsupported charset",
                    $"SPARQL requests are UTF-8; charset '{contentType.Charset}' is not accepted.").ConfigureAwait(false);
                return null;
            }

            var body = await LimitedBody.ReadAsync(context, options.MaxRequestBytes).ConfigureAwait(false);
            if (body is null)
            {
                return null;
            }

            string text;
            try
            {
                text = s_strictUtf8.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                await ProblemResponse.BadRequest(context, "The request body is not valid UTF-8.").ConfigureAwait(false);
                return null;
            }

            switch (kind)
            {
                case FormMediaType:
                    foreach (var (key, value) in QueryHelpers.ParseQuery(text))
                    {
                        parameters[key] = parameters.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : value;
                    }

                    break;
                case QueryMediaType:
                    directQuery = text;
                    break;
                default:
                    directUpdate = text;
                    break;
            }
        }
        else if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD, POST";
            await ProblemResponse.Write(
                context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", $"{request.Method} is not a SPARQL Protocol method; use GET or POST.")
                .ConfigureAwait(false);
            return null;
        }
        else if (request.QueryString.HasValue && request.QueryString.Value!.Length > options.MaxRequestBytes)
        {
            await LimitedBody.TooLarge(context, options.MaxRequestBytes).ConfigureAwait(false);
            return null;
        }

        var queries = Count(parameters, "query") + (directQuery is null ? 0 : 1);
        var updates = Count(parameters, "update") + (directUpdate is null ? 0 : 1);
        if (queries > 1 || updates > 1)
        {
            await ProblemResponse.BadRequest(context, "A request carries one query or one update, not several.").ConfigureAwait(false);
            return null;
        }

        if (queries == 1 && updates == 1)
        {
            await ProblemResponse.BadRequest(context, "A request carries a query or an update, not both.").ConfigureAwait(false);
            return null;
        }

        if (updates == 1 && !HttpMethods.IsPost(request.Method))
        {
            await ProblemResponse.BadRequest(context, "SPARQL Update is sent with POST (SPARQL 1.1 Protocol §2.2).").ConfigureAwait(false);
            return null;
        }

        var query = directQuery ?? (parameters.TryGetValue("query", out var q) ? q.ToString() : null);
        var update = directUpdate ?? (parameters.TryGetValue("update", out var u) ? u.ToString() : null);
        return new SparqlProtocolRequest(parameters, query, update);
    }

    private static int Count(Dictionary<string, StringValues> parameters, string name) =>
        parameters.TryGetValue(name, out var values) ? values.Count : 0;
}
