using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ValueFlows.Store;

namespace ValueFlows.Server;

/// <summary>
/// <c>/sparql</c>: reads the protocol request and hands it to the query operation, the update operation, or (a GET
/// with neither) the service description.
/// </summary>
internal static class SparqlEndpoint
{
    public static async Task HandleAsync(HttpContext context, QuadStore store, VfServerOptions options, ILoggerFactory loggers)
    {
        var request = await SparqlProtocolRequest.ReadAsync(context, options).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        if (request.Query is not null)
        {
            await SparqlQueryEndpoint.HandleAsync(context, request, store, options, loggers.CreateLogger("ValueFlows.Server.Sparql")).ConfigureAwait(false);
        }
        else if (request.Update is not null)
        {
            await SparqlUpdateEndpoint.HandleAsync(context, request, store, options, loggers.CreateLogger("ValueFlows.Server.SparqlUpdate")).ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await SparqlServiceDescription.HandleAsync(context, options).ConfigureAwait(false);
        }
        else
        {
            await ProblemResponse.BadRequest(context, "The request has neither a 'query' nor an 'update'.").ConfigureAwait(false);
        }
    }
}
