using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ValueFlows.Server.Tests;

public sealed partial class GraphQLEndpointTests
{
    private const string ResponseType = "application/graphql-response+json";
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static async Task<HttpResponseMessage> Post(VfServerFactory server, string body, string? accept = ResponseType, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await server.CreateClient().SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostQuery(VfServerFactory server, string query, string? accept = ResponseType) =>
        Post(server, JsonSerializer.Serialize(new { query }), accept);

    private static async Task<HttpResponseMessage> Get(VfServerFactory server, string pathAndQuery, string? accept = ResponseType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await server.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string FirstError(JsonElement root) => root.GetProperty("errors")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task Post_Query_AnswersDataInTheGraphQLResponseType()
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, "{ __typename }");

        var root = await ReadJson(response, HttpStatusCode.OK, ResponseType);
        Assert.Equal("Query", root.GetProperty("data").GetProperty("__typename").GetString());
        Assert.False(root.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task Post_ClientNotNamingTheResponseType_GetsApplicationJson(string? accept)
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, "{ __typename }", accept);

        var root = await ReadJson(response, HttpStatusCode.OK, "application/json");
        Assert.Equal("Query", root.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("{ __typename ")]
    [InlineData("{ noSuchField }")]
    public async Task Post_DocumentFailingParseOrValidation_Is400UnderTheResponseType(string query)
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, query);

        var root = await ReadJson(response, HttpStatusCode.BadRequest, ResponseType);
        Assert.NotEmpty(FirstError(root));
        Assert.False(root.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ __typename ")]
    [InlineData("{ noSuchField }")]
    public async Task Post_DocumentFailingParseOrValidation_Is200WithErrorsUnderApplicationJson(string query)
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, query, "application/json");

        var root = await ReadJson(response, HttpStatusCode.OK, "application/json");
        Assert.NotEmpty(FirstError(root));
    }

    [Fact]
    public async Task Post_SyntaxError_ErrorHasTheLocation()
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, "{\n  __typename\n  ( }");

        var root = await ReadJson(response, HttpStatusCode.BadRequest, ResponseType);
        var location = root.GetProperty("errors")[0].GetProperty("locations")[0];
        Assert.Equal(3, location.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"operationName\": \"A\"}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 7}")]
    public async Task Post_BodyThatIsNotAGraphQLRequest_Is400WithAnError(string body)
    {
        using var server = new VfServerFactory();

        foreach (var accept in new[] { ResponseType, "application/json" })
        {
            using var response = await Post(server, body, accept);
            var root = await ReadJson(response, HttpStatusCode.BadRequest, accept);
            Assert.Equal("BAD_REQUEST", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_OtherMediaType_Is415(string contentType)
    {
        using var server = new VfServerFactory();

        using var response = await Post(server, "{\"query\":\"{ __typename }\"}", ResponseType, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", MaxRequestBytes = 64 });

        using var response = await PostQuery(server, "{ __typename " + new string(' ', 100) + "}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_AcceptAllowingNoJson_Is406()
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, "{ __typename }", "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_TimeLimitReached_Is503WithAClearError()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", QueryTimeout = TimeSpan.Zero });

        using var response = await PostQuery(server, "{ __typename }");

        var root = await ReadJson(response, HttpStatusCode.ServiceUnavailable, ResponseType);
        Assert.Contains("time limit", FirstError(root), StringComparison.Ordinal);
        Assert.Equal("TIMEOUT", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Post_DeeperThanTheConfiguredDepth_Is400AndNothingRuns()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", GraphQLMaxDepth = 2 });

        using var response = await PostQuery(server, "{ agents { edges { node { id } } } }");

        var root = await ReadJson(response, HttpStatusCode.BadRequest, ResponseType);
        Assert.Contains("depth", FirstError(root), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_OverTheConfiguredComplexity_Is400AndNothingRuns()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", GraphQLMaxComplexity = 10 });

        using var response = await PostQuery(server, "{ agents(first: 1000) { edges { node { id name } } } }");

        var root = await ReadJson(response, HttpStatusCode.BadRequest, ResponseType);
        Assert.Contains("complexity", FirstError(root), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_Query_AnswersData()
    {
        using var server = new VfServerFactory();

        using var response = await Get(server, "/graphql?query=" + Uri.EscapeDataString("query Q($n: Boolean!) { __typename @include(if: $n) }")
            + "&operationName=Q&variables=" + Uri.EscapeDataString("{\"n\": true}"));

        var root = await ReadJson(response, HttpStatusCode.OK, ResponseType);
        Assert.Equal("Query", root.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("mutation { anything }", null)]
    [InlineData("query A { __typename } mutation B { anything }", "B")]
    public async Task Get_Mutation_Is405AllowingPost(string query, string? operationName)
    {
        using var server = new VfServerFactory();

        using var response = await Get(server, "/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?query=")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=nope")]
    public async Task Get_WithoutAUsableQuery_Is400(string path)
    {
        using var server = new VfServerFactory();

        using var response = await Get(server, path);

        await ReadJson(response, HttpStatusCode.BadRequest, ResponseType);
    }

    [Fact]
    public async Task Put_Is405AllowingGetAndPost()
    {
        using var server = new VfServerFactory();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_Browser_GetsTheExplorerPageWithItsFilesFromOurPaths()
    {
        using var server = new VfServerFactory();

        using var response = await Get(server, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(GraphQLExplorerTests.ExternalReference(), html);
        var references = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("graphql/explorer/explorer.js", references);
        Assert.Contains("graphql/explorer/explorer.css", references);
        foreach (var reference in references)
        {
            using var asset = await server.CreateClient().GetAsync(new Uri("/" + reference, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }

        Assert.Contains("id=\"query\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"variables\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"run\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"result\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"docs\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BrowserWithExplorerOff_GetsTheGraphQLAnswer()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", Explorer = false });

        using var response = await Get(server, "/graphql?query=%7B__typename%7D", BrowserAccept);

        await ReadJson(response, HttpStatusCode.OK, "application/json");
    }

    [Fact]
    public async Task Post_Introspection_DescribesTypesFieldsAndArgumentsForTheExplorer()
    {
        using var server = new VfServerFactory();

        using var response = await PostQuery(server, "{ __type(name: \"Query\") { fields { name description args { name } } } }");

        var root = await ReadJson(response, HttpStatusCode.OK, ResponseType);
        var fields = root.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray().ToList();
        var agent = Assert.Single(fields, f => f.GetProperty("name").GetString() == "agent");
        Assert.Contains(agent.GetProperty("args").EnumerateArray(), a => a.GetProperty("name").GetString() == "id");
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();
}
