using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ValueFlows.GraphQL;

namespace ValueFlows.Server;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP draft: POST (<c>application/json</c>) runs any operation, GET (<c>query=</c>)
/// queries only; a browser's GET gets the explorer page. The answer is <c>application/graphql-response+json</c> when
/// the client accepts it (400 when the document failed to parse or validate, 200 once it executed) and otherwise
/// <c>application/json</c> (200 for any well-formed request). Execution runs under the server's query time limit.
/// </summary>
internal static partial class GraphQLEndpoint
{
    private static readonly string[] s_offers = [GraphQLMediaTypes.Response, GraphQLMediaTypes.Json];

    public static async Task HandleAsync(HttpContext context, VfGraphQLExecutor executor, VfServerOptions options, ILogger logger)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await ProblemResponse.Write(
                context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", $"{request.Method} is not a GraphQL-over-HTTP method; use GET or POST.")
                .ConfigureAwait(false);
            return;
        }

        if (isGet && options.Explorer && GraphQLExplorer.WantsPage(request))
        {
            await GraphQLExplorer.WritePageAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.Headers.Vary = "Accept";
        var mediaType = Negotiate(request);
        if (mediaType is null)
        {
            await ProblemResponse.Write(
                context, StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"GraphQL answers in {GraphQLMediaTypes.Response} or {GraphQLMediaTypes.Json}; the Accept header allows neither.").ConfigureAwait(false);
            return;
        }

        var parameters = await GraphQLHttpRequest.ReadAsync(context, options, mediaType).ConfigureAwait(false);
        if (parameters is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(options.QueryTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, context.RequestAborted);
        VfGraphQLResponse result;
        try
        {
            result = await executor.ExecuteAsync(new VfGraphQLRequest(parameters.Query, parameters.OperationName, parameters.Variables, isGet), linked.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            LogTimedOut(logger, options.QueryTimeout.TotalSeconds, parameters.OperationName);
            context.Response.Headers.RetryAfter = "60";
            await GraphQLErrorResponse.WriteAsync(
                context, StatusCodes.Status503ServiceUnavailable, mediaType,
                FormattableString.Invariant($"The operation ran longer than the time limit of {options.QueryTimeout.TotalSeconds:0.###} s (setting Vf:QueryTimeout); ask for fewer items or less nesting."),
                "TIMEOUT").ConfigureAwait(false);
            return;
        }

        // Under graphql-response+json the status tells a client whether anything ran: a document that failed to parse
        // or validate is a 400. Under application/json every well-formed request is a 200 (the legacy contract).
        context.Response.StatusCode = !result.ExecutedAnything && mediaType == GraphQLMediaTypes.Response
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await result.WriteJsonAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The response media type. <c>application/graphql-response+json</c> only for a client that names it: without an
    /// Accept header, or with wildcards only, older clients expect <c>application/json</c> and its always-200.
    /// </summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var chosen = MediaTypeNegotiation.Choose(accept, s_offers);
        if (chosen < 0)
        {
            return null;
        }

        var namesResponseType = accept.Any(a => a is not null && a.Contains(GraphQLMediaTypes.Response, StringComparison.OrdinalIgnoreCase));
        return chosen == 0 && !namesResponseType ? GraphQLMediaTypes.Json : s_offers[chosen];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL operation {OperationName} stopped at the time limit of {Seconds} s")]
    private static partial void LogTimedOut(ILogger logger, double seconds, string? operationName);
}
