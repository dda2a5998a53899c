using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ValueFlows.Server;

/// <summary>
/// One structured log event per request (method, path, status, elapsed milliseconds), written when the response is
/// complete; the properties are named so a JSON log can be filtered on them.
/// </summary>
internal static partial class RequestLog
{
    public const string Category = "ValueFlows.Server.Requests";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, context.Request.Path, status, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, PathString path, int status, double elapsedMs);
}
