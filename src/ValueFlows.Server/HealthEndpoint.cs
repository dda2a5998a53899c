using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ValueFlows.Store;

namespace ValueFlows.Server;

/// <summary><c>GET /health</c>: <c>{"status":"ok","seq":N,"quads":N}</c> from one snapshot of the store.</summary>
internal static class HealthEndpoint
{
    public static async Task HandleAsync(HttpContext context, QuadStore store)
    {
        long sequence;
        long quads;
        using (var snapshot = store.OpenSnapshot())
        {
            sequence = snapshot.Sequence;
            quads = snapshot.Count;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", "ok");
            json.WriteNumber("seq", sequence);
            json.WriteNumber("quads", quads);
            json.WriteEndObject();
        }

        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }
}
