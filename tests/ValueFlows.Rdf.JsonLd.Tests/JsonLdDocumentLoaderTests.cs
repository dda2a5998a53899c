using System.Net;
using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests;

public class JsonLdDocumentLoaderTests
{
    private const string ContextIri = "https://example.org/contexts/test.jsonld";

    [Fact]
    public void LoadDocument_UnregisteredIri_FailsWithLoadingDocumentFailedNamingIt()
    {
        var loader = new JsonLdDocumentLoader();

        var e = Assert.Throws<JsonLdException>(() => loader.LoadDocument("https://example.org/nowhere", LoadDocumentOptions.Default));

        Assert.Equal(JsonLdErrorCode.LoadingDocumentFailed, e.ErrorCode);
        Assert.Equal("loading document failed", e.Code);
        Assert.Contains("https://example.org/nowhere", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_RemoteContextNotRegistered_FailsWithLoadingRemoteContextFailedAtTheReference()
    {
        var options = new JsonLdOptions { DocumentLoader = new JsonLdDocumentLoader() };
        var input = JsonNode.Parse("""{"@context": "https://example.org/unknown.jsonld", "name": "x"}""");

        var e = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input, options));

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, e.ErrorCode);
        Assert.Equal("/@context", e.Pointer);
        Assert.Contains("https://example.org/unknown.jsonld", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_RegisteredContext_ResolvesWithoutNetwork()
    {
        var loader = new JsonLdDocumentLoader();
        loader.Register(ContextIri, """{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}""");
        var input = JsonNode.Parse($$"""{"@context": "{{ContextIri}}", "@id": "http://example.org/a", "name": "Ana"}""");

        var expanded = JsonLdProcessor.Expand(input, new JsonLdOptions { DocumentLoader = loader });

        Assert.Equal("Ana", expanded[0]!["http://xmlns.com/foaf/0.1/name"]![0]!["@value"]!.GetValue<string>());
    }

    [Fact]
    public void LoadDocument_AllowedPrefix_RetrievesOverHttpAndFollowsRedirects()
    {
        using var handler = new StubHandler();
        using var client = new HttpClient(handler);
        var loader = new JsonLdDocumentLoader(client, ["https://allowed.example/"]);

        var document = loader.LoadDocument("https://allowed.example/old", LoadDocumentOptions.Default);

        Assert.Equal("https://allowed.example/new", document.DocumentUrl);
        Assert.Equal("application/ld+json", document.ContentType);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public void LoadDocument_PrefixNotAllowed_NeverCallsTheClient()
    {
        using var handler = new StubHandler();
        using var client = new HttpClient(handler);
        var loader = new JsonLdDocumentLoader(client, ["https://allowed.example/"]);

        Assert.Throws<JsonLdException>(() => loader.LoadDocument("https://other.example/new", LoadDocumentOptions.Default));
        Assert.Equal(0, handler.Requests);
    }

    private sealed class StubHandler : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            if (request.RequestUri!.AbsolutePath == "/old")
            {
                var redirect = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
                redirect.Headers.Location = new Uri("/new", UriKind.Relative);
                return redirect;
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"@id": "x"}""", System.Text.Encoding.UTF8, "application/ld+json"),
            };
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));
    }
}
