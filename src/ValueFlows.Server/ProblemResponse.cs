using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Server;

/// <summary>RFC 7807 problem documents (<c>application/problem+json</c>), with the position of bad input when known.</summary>
internal static class ProblemResponse
{
    public const string MediaType = "application/problem+json";

    public static Task Write(HttpContext context, int status, string title, string detail, TextRange? position = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = MediaType;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "about:blank");
            json.WriteString("title", title);
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            if (position is { } range)
            {
                // 1-based, as people and editors count.
                json.WriteNumber("line", range.Start.Line + 1);
                json.WriteNumber("column", range.Start.Column + 1);
            }

            json.WriteEndObject();
        }

        return response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }

    public static Task BadQuery(HttpContext context, SparqlSyntaxException error) =>
        Write(context, StatusCodes.Status400BadRequest, "Malformed SPARQL", error.Message, error.Location);

    public static Task BadRequest(HttpContext context, string detail) =>
        Write(context, StatusCodes.Status400BadRequest, "Bad request", detail);
}
