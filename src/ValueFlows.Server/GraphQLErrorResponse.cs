using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ValueFlows.Server;

/// <summary>A GraphQL response made of one error (<c>{"errors":[{"message",extensions:{code}}]}</c>), for what fails before execution.</summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string mediaType, string message, string code)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", message);
            json.WriteStartObject("extensions");
            json.WriteString("code", code);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }
}
