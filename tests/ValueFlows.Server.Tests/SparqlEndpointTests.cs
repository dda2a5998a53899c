using System.Net;
using System.Text;
using System.Text.Json;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Server.Tests;

public sealed class SparqlEndpointTests
{
    private const string Names = "PREFIX ex: <http://example.org/> SELECT ?n WHERE { ?s ex:name ?n } ORDER BY ?n";

    private static VfServerFactory Server(VfServerOptions? options = null) => new(options, SampleData.Quads());

    private static string Get(string query, params (string Name, string Value)[] extra) =>
        "/sparql?query=" + Uri.EscapeDataString(query) + string.Concat(extra.Select(e => "&" + e.Name + "=" + Uri.EscapeDataString(e.Value)));

    private static async Task<HttpResponseMessage> Send(VfServerFactory server, HttpMethod method, string path, string? accept = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await server.CreateClient().SendAsync(request);
    }

    private static async Task<SparqlResults> ReadResults(HttpResponseMessage response)
    {
        Assert.True(SparqlResultsFormats.TryGetByMediaType(response.Content.Headers.ContentType!.MediaType!, out var format));
        return format.Read(await response.Content.ReadAsStreamAsync());
    }

    private static async Task<JsonElement> ReadProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        return root;
    }

    [Fact]
    public async Task Get_SelectWithoutAccept_AnswersJsonFromTheDefaultGraph()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Get, Get(Names));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType!.MediaType);
        var results = await ReadResults(response);
        Assert.Equal(["Alice", "Bob"], results.Rows.Select(r => ((Literal)r[0]!).Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("application/sparql-results+xml", "application/sparql-results+xml")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/tab-separated-values", "text/tab-separated-values")]
    [InlineData("application/json", "application/json")]
    [InlineData("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml")]
    [InlineData("text/*", "text/csv")]
    [InlineData("*/*", "application/sparql-results+json")]
    public async Task Get_Accept_ChoosesTheResultsFormat(string accept, string expected)
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Get, Get(Names), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(2, (await ReadResults(response)).Rows.Count);
    }

    [Theory]
    [InlineData(null, "text/turtle")]
    [InlineData("application/n-triples", "application/n-triples")]
    [InlineData("application/rdf+xml", "application/rdf+xml")]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/trig", "application/trig")]
    public async Task Construct_Accept_ChoosesTheRdfFormat(string? accept, string expected)
    {
        using var server = Server();
        var query = "PREFIX ex: <http://example.org/> CONSTRUCT { ?s ex:label ?n } WHERE { ?s ex:name ?n }";
        using var response = await Send(server, HttpMethod.Get, Get(query), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.True(RdfFormatRegistry.Default.TryGetByMediaType(expected, out var format));
        using var reader = format.CreateReader(await response.Content.ReadAsStreamAsync(), RdfReaderOptions.Default.WithBaseIri("http://localhost/"));
        var label = Iri.Create(SampleData.Ex + "label");
        var expectedQuads = SampleData.Quads().Where(q => q.Graph is null && q.Predicate.Value == SampleData.Ex + "name")
            .Select(q => new Quad(q.Subject, label, q.Object, null));
        Assert.True(GraphIsomorphism.AreIsomorphic(expectedQuads, reader.ReadAll().ToList()));
    }

    [Fact]
    public async Task Get_AcceptNothingWeWrite_Is406()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Get, Get(Names), "image/png");
        await ReadProblem(response, HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Ask_AnswersTheBoolean()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Get, Get("ASK { <http://example.org/a> <http://example.org/knows> ?x }"));
        Assert.True((await ReadResults(response)).Boolean);
    }

    [Fact]
    public async Task Post_FormAndDirect_AnswerLikeGet()
    {
        using var server = Server();
        using var form = await Send(server, HttpMethod.Post, "/sparql", content: new FormUrlEncodedContent([new("query", Names)]));
        using var direct = await Send(server, HttpMethod.Post, "/sparql", content: new StringContent(Names, Encoding.UTF8, "application/sparql-query"));
        Assert.Equal(2, (await ReadResults(form)).Rows.Count);
        Assert.Equal(2, (await ReadResults(direct)).Rows.Count);
    }

    [Fact]
    public async Task Get_MalformedQuery_Is400WithLineAndColumn()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Get, Get("SELECT *\nWHERE { ?s ?p }"));
        var problem = await ReadProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal(15, problem.GetProperty("column").GetInt32());
        Assert.Contains("line 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownContentType_Is415()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Post, "/sparql", content: new StringContent(Names, Encoding.UTF8, "text/plain"));
        await ReadProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        using var server = Server(new VfServerOptions { BaseIri = "http://localhost/", MaxRequestBytes = 32 });
        using var response = await Send(server, HttpMethod.Post, "/sparql", content: new StringContent(Names, Encoding.UTF8, "application/sparql-query"));
        var problem = await ReadProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("32 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_QueryOverTheTimeLimit_Is503WithRetryAfter()
    {
        using var server = Server(new VfServerOptions { BaseIri = "http://localhost/", QueryTimeout = TimeSpan.Zero });
        using var response = await Send(server, HttpMethod.Get, Get("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
        var problem = await ReadProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("time", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Put_Is405()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Put, Get(Names));
        await ReadProblem(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Get_TwoQueries_Is400()
    {
        using var server = Server();
        using var response = await Send(server, HttpMethod.Get, Get(Names, ("query", "ASK {}")));
        await ReadProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_ProtocolDataset_ReplacesTheQueryFrom()
    {
        using var server = Server();
        var query = "PREFIX ex: <http://example.org/> SELECT ?n FROM <http://example.org/nowhere> WHERE { ?s ex:name ?n }";
        using var response = await Send(server, HttpMethod.Get, Get(query, ("default-graph-uri", SampleData.Named.Value)));
        var results = await ReadResults(response);
        Assert.Equal(["Carol"], results.Rows.Select(r => ((Literal)r[0]!).Value));
    }

    [Fact]
    public async Task Get_UnionDefaultGraph_ReadsNamedGraphsButNotMeta()
    {
        using var plain = Server();
        using var union = Server(new VfServerOptions { BaseIri = "http://localhost/", UnionDefaultGraph = true });
        const string pulled = "ASK { ?s <http://example.org/pulledAt> ?o }";
        Assert.Equal(2, (await ReadResults(await Send(plain, HttpMethod.Get, Get(Names)))).Rows.Count);
        Assert.Equal(3, (await ReadResults(await Send(union, HttpMethod.Get, Get(Names)))).Rows.Count);
        Assert.False((await ReadResults(await Send(union, HttpMethod.Get, Get(pulled)))).Boolean);
        Assert.True((await ReadResults(await Send(union, HttpMethod.Get, Get("ASK { GRAPH ?g { ?s <http://example.org/pulledAt> ?o } }")))).Boolean);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_WithoutQuery_AnswersTheServiceDescription(bool unionDefaultGraph)
    {
        using var server = Server(new VfServerOptions { BaseIri = "http://localhost/", UnionDefaultGraph = unionDefaultGraph });
        using var response = await Send(server, HttpMethod.Get, "/sparql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType!.MediaType);
        using var reader = new TurtleReader(await response.Content.ReadAsStreamAsync(), RdfReaderOptions.Default.WithBaseIri("http://localhost/"));
        var quads = reader.ReadAll().ToList();
        const string sd = "http://www.w3.org/ns/sparql-service-description#";
        Assert.Contains(quads, q => q.Predicate.Equals(RdfVocabulary.Type) && q.Object.Equals(Iri.Create(sd + "Service")));
        Assert.Contains(quads, q => q.Object.Equals(Iri.Create("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        Assert.Equal(unionDefaultGraph, quads.Any(q => q.Object.Equals(Iri.Create(sd + "UnionDefaultGraph"))));
    }

    [Fact]
    public async Task Update_WhenRawWritesAreOff_Is403AndWritesNothing()
    {
        using var server = Server();
        using var response = await Send(
            server, HttpMethod.Post, "/sparql", content: new StringContent("INSERT DATA { <x:s> <x:p> <x:o> }", Encoding.UTF8, "application/sparql-update"));
        await ReadProblem(response, HttpStatusCode.Forbidden);
        using var snapshot = server.Store.OpenSnapshot();
        Assert.Equal(5, snapshot.Count);
    }

    [Fact]
    public async Task Update_WhenRawWritesAreOn_IsCommittedAndVisible()
    {
        using var server = Server(new VfServerOptions { BaseIri = "http://localhost/", AllowRawWrites = true });
        using var response = await Send(
            server, HttpMethod.Post, "/sparql",
            content: new FormUrlEncodedContent([new("update", "PREFIX ex: <http://example.org/> INSERT DATA { ex:d ex:name \"Dan\" }")]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, document.RootElement.GetProperty("added").GetInt64());
        Assert.Equal(3, (await ReadResults(await Send(server, HttpMethod.Get, Get(Names)))).Rows.Count);
    }

    [Fact]
    public async Task Update_Malformed_Is400WithPosition()
    {
        using var server = Server(new VfServerOptions { BaseIri = "http://localhost/", AllowRawWrites = true });
        using var response = await Send(server, HttpMethod.Post, "/sparql", content: new StringContent("INSERT DATA { <x:s> }", Encoding.UTF8, "application/sparql-update"));
        var problem = await ReadProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Health_ReportsStatusSequenceAndQuads()
    {
        using var server = Server();
        using var response = await server.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", document.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("seq").GetInt64());
        Assert.Equal(5, document.RootElement.GetProperty("quads").GetInt64());
    }
}
