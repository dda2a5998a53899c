using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Sparql.Update;
using ValueFlows.Store;

namespace ValueFlows.Server;

/// <summary>
/// The SPARQL 1.1 Protocol update operation (§2.2) on <c>/sparql</c>: off unless raw writes are allowed (DECISIONS 23),
/// then the request runs as one write transaction of the store (all or nothing) under the time limit and is answered
/// with the commit's sequence number and the counts of added and removed quads.
/// </summary>
internal static partial class SparqlUpdateEndpoint
{
    public static async Task HandleAsync(HttpContext context, SparqlProtocolRequest request, QuadStore store, VfServerOptions options, ILogger logger)
    {
        if (!options.AllowRawWrites)
        {
            await ProblemResponse.Write(
                context, StatusCodes.Status403Forbidden, "Raw writes are off",
                "SPARQL Update over HTTP is off; start the server with --allow-raw-writes (setting Vf:AllowRawWrites) to accept it.")
                .ConfigureAwait(false);
            return;
        }

        SparqlUpdate update;
        try
        {
            update = SparqlUpdate.Parse(request.Update!, Iri.Create(options.BaseIri));
            var usingGraphs = request.All("using-graph-uri");
            var usingNamed = request.All("using-named-graph-uri");
            if (usingGraphs.Count > 0 || usingNamed.Count > 0)
            {
                if (update.Operations.OfType<ModifyOperation>().Any(m => m.With is not null || m.Using is not null))
                {
                    await ProblemResponse.BadRequest(
                        context, "using-graph-uri/using-named-graph-uri cannot be combined with an update that has USING or WITH (Protocol §2.2.3).")
                        .ConfigureAwait(false);
                    return;
                }

                update = update.WithProtocolDataset(new QueryDataset(new(usingGraphs.Select(Iri.Create)), new(usingNamed.Select(Iri.Create))));
            }
        }
        catch (SparqlSyntaxException e)
        {
            await ProblemResponse.BadQuery(context, e).ConfigureAwait(false);
            return;
        }
        catch (FormatException e)
        {
            await ProblemResponse.BadRequest(context, "A dataset IRI is malformed: " + e.Message).ConfigureAwait(false);
            return;
        }

        using var timeout = new CancellationTokenSource(options.QueryTimeout);
        SparqlUpdateResult result;
        long sequence;
        try
        {
            using var transaction = store.BeginWrite();
            result = SparqlUpdateExecutor.Execute(update, transaction, UpdateOptions.Default, timeout.Token);
            sequence = transaction.Commit();
        }
        catch (SparqlUpdateException e)
        {
            var status = e.Kind == UpdateErrorKind.LoadRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            await ProblemResponse.Write(context, status, "Update failed", e.Message + " Nothing was written.").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            context.Response.Headers.RetryAfter = "60";
            await ProblemResponse.Write(
                context, StatusCodes.Status503ServiceUnavailable, "Update time limit",
                FormattableString.Invariant($"The update ran longer than the limit of {options.QueryTimeout.TotalSeconds:0.###} s; nothing was written."))
                .ConfigureAwait(false);
            return;
        }

        LogUpdated(logger, sequence, result.Added, result.Removed);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", sequence);
            json.WriteNumber("added", result.Added);
            json.WriteNumber("removed", result.Removed);
            json.WriteEndObject();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SPARQL Update committed as seq {Sequence}: {Added} added, {Removed} removed")]
    private static partial void LogUpdated(ILogger logger, long sequence, long added, long removed);
}
