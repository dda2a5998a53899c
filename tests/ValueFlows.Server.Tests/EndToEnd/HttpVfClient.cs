using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>A client of a running server's two doors: <c>POST /graphql</c> (JSON) and <c>/sparql</c> (results JSON).</summary>
internal sealed class HttpVfClient(HttpClient http)
{
    public const string GraphQLResponseType = "application/graphql-response+json";
    public const string Prefixes = "PREFIX vf: <https://w3id.org/valueflows/ont/vf#> ";

    /// <summary>Posts a GraphQL request; returns the status, the response media type and the whole response document.</summary>
    public async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> Post(string query, object? variables = null, string accept = GraphQLResponseType)
    {
        var body = variables is null ? JsonSerializer.Serialize(new { query }) : JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone());
    }

    /// <summary>Runs a GraphQL request that must succeed (200, no errors); returns its <c>data</c>.</summary>
    public async Task<JsonElement> Data(string query, object? variables = null)
    {
        var (status, _, body) = await Post(query, variables);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
        Assert.False(body.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>Runs a GraphQL request that must execute (200) and fail with exactly one error; returns the whole response.</summary>
    public async Task<JsonElement> OneError(string query, object? variables = null)
    {
        var (status, _, body) = await Post(query, variables);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
        Assert.True(body.TryGetProperty("errors", out var errors), $"Expected an error, got {body}");
        Assert.Equal(1, errors.GetArrayLength());
        return body;
    }

    /// <summary>A SPARQL query (the <c>vf:</c> prefix is declared) by <c>GET /sparql?query=</c>, answered as SPARQL results JSON.</summary>
    public async Task<SparqlResults> SparqlGet(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(Prefixes + query));
        return await Sparql(request);
    }

    /// <summary>A SPARQL query (the <c>vf:</c> prefix is declared) by <c>POST /sparql</c> as <c>application/sparql-query</c>.</summary>
    public async Task<SparqlResults> SparqlPost(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent(Prefixes + query, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/sparql-query");
        return await Sparql(request);
    }

    private async Task<SparqlResults> Sparql(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Accept", "application/sparql-results+json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SparqlResultsFormats.Json.Read(stream);
    }
}
