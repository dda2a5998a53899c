using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ValueFlows.Server;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request (<c>query</c>, <c>operationName</c>, <c>variables</c>), read from
/// the URL of a GET or the <c>application/json</c> body of a POST. What is not a GraphQL request is answered here and
/// gives null: 400 (in the negotiated GraphQL media type) for a malformed request, and problem JSON for what HTTP
/// itself refuses — 405 for a mutation over GET, 413 over the size limit, 415 for a body that is not JSON.
/// </summary>
internal sealed class GraphQLHttpRequest
{
    private GraphQLHttpRequest(string query, string? operationName, JsonElement? variables)
    {
        Query = query;
        OperationName = operationName;
        Variables = variables;
    }

    public string Query { get; }

    public string? OperationName { get; }

    public JsonElement? Variables { get; }

    public static async Task<GraphQLHttpRequest?> ReadAsync(HttpContext context, VfServerOptions options, string responseMediaType)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            return await ReadGetAsync(context, options, responseMediaType).ConfigureAwait(false);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            await ProblemResponse.Write(
                context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"A GraphQL POST carries Content-Type: {GraphQLMediaTypes.Json} (a JSON object with query, operationName, variables).").ConfigureAwait(false);
            return null;
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            await ProblemResponse.Write(
                context, StatusCodes.Status415UnsupportedMediaType, "Unsupported charset",
                $"GraphQL requests are UTF-8; charset '{contentType.Charset}' is not accepted.").ConfigureAwait(false);
            return null;
        }

        var body = await LimitedBody.ReadAsync(context, options.MaxRequestBytes).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, responseMediaType, "The body is not JSON: " + e.Message, "BAD_REQUEST").ConfigureAwait(false);
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return await NotARequest(context, responseMediaType, "The body must be a JSON object with a 'query' string.").ConfigureAwait(false);
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return await NotARequest(context, responseMediaType, "The body must have a 'query' string.").ConfigureAwait(false);
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return await NotARequest(context, responseMediaType, "'operationName' must be a string or null.").ConfigureAwait(false);
            }

            operationName = name.GetString();
        }

        JsonElement? variables = null;
        if (root.TryGetProperty("variables", out var values) && values.ValueKind != JsonValueKind.Null)
        {
            if (values.ValueKind != JsonValueKind.Object)
            {
                return await NotARequest(context, responseMediaType, "'variables' must be a JSON object or null.").ConfigureAwait(false);
            }

            variables = values;
        }

        if (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return await NotARequest(context, responseMediaType, "'extensions' must be a JSON object or null.").ConfigureAwait(false);
        }

        return new GraphQLHttpRequest(query.GetString()!, string.IsNullOrEmpty(operationName) ? null : operationName, variables);
    }

    private static async Task<GraphQLHttpRequest?> ReadGetAsync(HttpContext context, VfServerOptions options, string responseMediaType)
    {
        var request = context.Request;
        if (request.QueryString.HasValue && request.QueryString.Value!.Length > options.MaxRequestBytes)
        {
            await LimitedBody.TooLarge(context, options.MaxRequestBytes).ConfigureAwait(false);
            return null;
        }

        var parameters = request.Query;
        if (parameters["query"].Count != 1 || string.IsNullOrEmpty(parameters["query"][0]))
        {
            return await NotARequest(context, responseMediaType, "A GraphQL GET carries one 'query' parameter in the URL.").ConfigureAwait(false);
        }

        var query = parameters["query"][0]!;
        var operationName = parameters["operationName"].Count > 0 ? parameters["operationName"][0] : null;
        JsonElement? variables = null;
        if (parameters["variables"].Count > 0 && !string.IsNullOrEmpty(parameters["variables"][0]))
        {
            try
            {
                using var document = JsonDocument.Parse(parameters["variables"][0]!);
                if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    return await NotARequest(context, responseMediaType, "'variables' must be a JSON object.").ConfigureAwait(false);
                }

                variables = document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
            }
            catch (JsonException e)
            {
                return await NotARequest(context, responseMediaType, "'variables' is not JSON: " + e.Message).ConfigureAwait(false);
            }
        }

        if (IsMutation(query, operationName))
        {
            context.Response.Headers.Allow = "POST";
            await ProblemResponse.Write(
                context, StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                "Mutations are sent with POST; GET runs queries only (GraphQL over HTTP).").ConfigureAwait(false);
            return null;
        }

        return new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables);
    }

    /// <summary>
    /// Whether the operation a GET would run is a mutation (or subscription): the named one, or the only one. A document
    /// that does not parse, or names no operation it has, is left to the executor, which reports it as GraphQL errors.
    /// </summary>
    private static bool IsMutation(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name is { } name && name.StringValue == operationName);
        return chosen is not null && chosen.Operation != OperationType.Query;
    }

    private static async Task<GraphQLHttpRequest?> NotARequest(HttpContext context, string responseMediaType, string message)
    {
        await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, responseMediaType, message, "BAD_REQUEST").ConfigureAwait(false);
        return null;
    }
}
