using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Results;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Store;

namespace ValueFlows.Server;

/// <summary>
/// The SPARQL 1.1 Protocol query operation (§2.1) on <c>/sparql</c>: parses the query, applies the protocol dataset
/// (<c>default-graph-uri</c>/<c>named-graph-uri</c> replace FROM), negotiates the format, evaluates on one store snapshot
/// under the time limit and streams the results. The first solution is computed before the status is sent, so a query
/// that times out before producing anything gets a 503; one that times out while streaming is cut off.
/// </summary>
internal static partial class SparqlQueryEndpoint
{
    public static async Task HandleAsync(HttpContext context, SparqlProtocolRequest request, QuadStore store, VfServerOptions options, ILogger logger)
    {
        SparqlQuery query;
        try
        {
            query = SparqlQuery.Parse(request.Query!, Iri.Create(options.BaseIri));
            var defaultGraphs = request.All("default-graph-uri");
            var namedGraphs = request.All("named-graph-uri");
            if (defaultGraphs.Count > 0 || namedGraphs.Count > 0)
            {
                query = query.WithDataset(new QueryDataset(new(defaultGraphs.Select(Iri.Create)), new(namedGraphs.Select(Iri.Create))));
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

        var accept = context.Request.Headers.Accept;
        var graphResult = query.Form is SparqlQueryForm.Construct or SparqlQueryForm.Describe;
        string mediaType;
        SparqlResultsFormat? resultsFormat = null;
        RdfFormat? graphFormat = null;
        if (graphResult)
        {
            var (types, formats) = ResponseFormats.Graphs();
            var chosen = MediaTypeNegotiation.Choose(accept, types);
            if (chosen < 0)
            {
                await NotAcceptable(context, types).ConfigureAwait(false);
                return;
            }

            mediaType = types[chosen];
            graphFormat = formats[chosen];
        }
        else
        {
            var (types, formats) = ResponseFormats.Results;
            var chosen = MediaTypeNegotiation.Choose(accept, types);
            if (chosen < 0)
            {
                await NotAcceptable(context, types).ConfigureAwait(false);
                return;
            }

            mediaType = types[chosen];
            resultsFormat = formats[chosen];
        }

        using var timeout = new CancellationTokenSource(options.QueryTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, context.RequestAborted);
        using var snapshot = store.OpenSnapshot();
        var dataset = UnionDefaultGraphDataset.ForQueries(snapshot, options.UnionDefaultGraph, options.BaseIri);
        var clock = Stopwatch.StartNew();
        long count = 0;
        try
        {
            var result = SparqlEvaluator.Evaluate(query, dataset, linked.Token);
            context.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
            var response = context.Response;
            if (graphFormat is not null)
            {
                using var quads = result.Quads.GetEnumerator();
                var any = quads.MoveNext();
                Start(response, mediaType);
                await using var body = new BufferedStream(response.Body, 64 * 1024);
                using (var writer = graphFormat.CreateWriter(body, RdfWriterOptions.Default.WithPretty(false)))
                {
                    for (var more = any; more; more = quads.MoveNext())
                    {
                        writer.Write(quads.Current);
                        count++;
                    }

                    writer.Finish();
                }

                await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
            else if (query.Form == SparqlQueryForm.Ask)
            {
                Start(response, mediaType);
                await using var body = new BufferedStream(response.Body, 4096);
                using (var writer = resultsFormat!.CreateWriter(body))
                {
                    writer.WriteBoolean(result.Boolean);
                }

                await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                using var rows = result.Solutions.GetEnumerator();
                var any = rows.MoveNext();
                Start(response, mediaType);
                await using var body = new BufferedStream(response.Body, 64 * 1024);
                using (var writer = resultsFormat!.CreateWriter(body))
                {
                    writer.WriteStart(result.Variables);
                    var buffer = new Term?[result.Variables.Count];
                    for (var more = any; more; more = rows.MoveNext())
                    {
                        writer.WriteRow(Cells(rows.Current, buffer));
                        count++;
                    }

                    writer.Finish();
                }

                await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }

            LogAnswered(logger, query.Form, count, clock.ElapsedMilliseconds, snapshot.Sequence);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            LogTimedOut(logger, options.QueryTimeout.TotalSeconds, context.Response.HasStarted);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            context.Response.Headers.RetryAfter = "60";
            await ProblemResponse.Write(
                context, StatusCodes.Status503ServiceUnavailable, "Query time limit",
                FormattableString.Invariant($"The query ran longer than the limit of {options.QueryTimeout.TotalSeconds:0.###} s (setting Vf:QueryTimeout); narrow it, or add LIMIT."))
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (SparqlEvaluationException e) when (!context.Response.HasStarted)
        {
            await ProblemResponse.Write(context, StatusCodes.Status501NotImplemented, "Not supported", e.Message).ConfigureAwait(false);
        }
    }

    private static ReadOnlySpan<Term?> Cells(IReadOnlyList<Term?> row, Term?[] buffer)
    {
        if (row is Term?[] array)
        {
            return array;
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = row[i];
        }

        return buffer;
    }

    private static void Start(HttpResponse response, string mediaType)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ResponseFormats.ContentType(mediaType);
        response.Headers.Vary = "Accept";
    }

    private static Task NotAcceptable(HttpContext context, IReadOnlyList<string> offers) =>
        ProblemResponse.Write(
            context, StatusCodes.Status406NotAcceptable, "Not acceptable",
            $"No format the Accept header allows answers this query; available: {string.Join(", ", offers)}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "SPARQL {Form}: {Count} results in {Milliseconds} ms at seq {Sequence}")]
    private static partial void LogAnswered(ILogger logger, SparqlQueryForm form, long count, long milliseconds, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SPARQL query stopped at the time limit of {Seconds} s (response started: {Started})")]
    private static partial void LogTimedOut(ILogger logger, double seconds, bool started);
}
