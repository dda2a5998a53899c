using System.Net;
using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Sparql.Tests.Update;

public sealed class UpdateLoadPolicyTests : IDisposable
{
    private const string Turtle = "<http://example.org/s> <http://example.org/p> _:x .\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vf-update-load-" + Guid.NewGuid().ToString("N"));
    private readonly string _import;
    private readonly string _outside;

    public UpdateLoadPolicyTests()
    {
        _import = Directory.CreateDirectory(Path.Combine(_root, "import")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(_import, "in.ttl"), Turtle);
        File.WriteAllText(Path.Combine(_outside, "secret.ttl"), Turtle);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string FileIri(string path) => new Uri(path).AbsoluteUri;

    private static SparqlUpdateResult Run(string update, UpdateOptions options, InMemoryUpdatableDataset? data = null) =>
        SparqlUpdateExecutor.Execute(SparqlUpdate.Parse(update), data ?? new InMemoryUpdatableDataset(), options);

    private SparqlUpdateException Refused(string iri, UpdateOptions? options = null)
    {
        var error = Assert.Throws<SparqlUpdateException>(() => Run($"LOAD <{iri}>", options ?? new UpdateOptions { ImportDirectory = _import }));
        Assert.Equal(UpdateErrorKind.LoadRefused, error.Kind);
        Assert.Contains(iri, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Load_FileUnderImportFolder_InsertsIntoTheGraphWithFreshBlankNodes()
    {
        var data = new InMemoryUpdatableDataset();
        var result = Run($"LOAD <{FileIri(Path.Combine(_import, "in.ttl"))}> INTO GRAPH <http://example.org/g>", new UpdateOptions { ImportDirectory = _import }, data);

        Assert.Equal(1, result.Added);
        var quad = Assert.Single(data.ToDataset());
        Assert.Equal(Iri.Create("http://example.org/g"), quad.Graph);
        Assert.NotEqual("x", Assert.IsType<BlankNode>(quad.Object).Label);
    }

    [Fact]
    public void Load_FileOutsideImportFolder_IsRefused() => Refused(FileIri(Path.Combine(_outside, "secret.ttl")));

    [Fact]
    public void Load_DotDotEscape_IsRefused() => Refused("file://" + _import + "/../outside/secret.ttl");

    [Fact]
    public void Load_SymbolicLinkOutOfImportFolder_IsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(_import, "link.ttl"), Path.Combine(_outside, "secret.ttl"));
        Directory.CreateSymbolicLink(Path.Combine(_import, "dir"), _outside);

        Refused(FileIri(Path.Combine(_import, "link.ttl")));
        Refused(FileIri(Path.Combine(_import, "dir", "secret.ttl")));
    }

    [Fact]
    public void Load_FileWithoutImportFolder_IsRefused() => Refused(FileIri(Path.Combine(_import, "in.ttl")), new UpdateOptions());

    [Fact]
    public void Load_OtherScheme_IsRefused() => Refused("ftp://example.org/data.ttl");

    [Fact]
    public void Load_HttpNotAllowListed_IsRefusedWithoutARequest()
    {
        var handler = new FakeHandler(_ => throw new InvalidOperationException("no request may be made"));
        Refused("http://example.org/data.ttl", new UpdateOptions { AllowedIris = ["http://example.org/data/", "http://example.org/other.ttl"], HttpHandler = handler });
        Refused("http://example.org/data/../secret.ttl", new UpdateOptions { AllowedIris = ["http://example.org/data/"], HttpHandler = handler });
        Refused("http://example.org.evil.test/data.ttl", new UpdateOptions { AllowedIris = ["http://example.org"], HttpHandler = handler });
    }

    [Fact]
    public void Load_HttpAllowListed_ReadsTheFormatOfTheMediaType()
    {
        var handler = new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("<http://example.org/s> <http://example.org/p> \"v\" .\n", Encoding.UTF8, "application/n-triples"),
        });
        var data = new InMemoryUpdatableDataset();
        var result = Run("LOAD <http://example.org/data/doc>", new UpdateOptions { AllowedIris = ["http://example.org/data/"], HttpHandler = handler }, data);

        Assert.Equal(1, result.Added);
    }

    [Fact]
    public void Load_RedirectOutOfAllowList_IsRefused()
    {
        var handler = new FakeHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri("http://internal.test/admin");
            return response;
        });

        Refused("http://example.org/data/doc", new UpdateOptions { AllowedIris = ["http://example.org/data/"], HttpHandler = handler });
    }

    [Fact]
    public void Load_HttpError_FailsUnlessSilent()
    {
        var handler = new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var options = new UpdateOptions { AllowedIris = ["http://example.org/"], HttpHandler = handler };

        var error = Assert.Throws<SparqlUpdateException>(() => Run("LOAD <http://example.org/missing.ttl>", options));
        Assert.Equal(UpdateErrorKind.LoadFailed, error.Kind);
        Assert.Equal(0, Run("LOAD SILENT <http://example.org/missing.ttl>", options).Added);
    }

    [Fact]
    public void Load_Silent_TurnsARefusalIntoANoOp()
    {
        var data = new InMemoryUpdatableDataset();
        var result = Run("INSERT DATA { <http://example.org/a> <http://example.org/p> 1 } ; LOAD SILENT <ftp://example.org/x.ttl>", UpdateOptions.Default, data);

        Assert.Equal(1, result.Added);
        Assert.Equal(1, data.Count);
    }

    [Fact]
    public void PrefetchDocuments_ThenExecute_ReadsEachDocumentOnceBeforeExecution()
    {
        int requests = 0;
        var handler = new FakeHandler(request =>
        {
            requests++;
            return request.RequestUri!.AbsolutePath == "/ok.nt"
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<http://example.org/s> <http://example.org/p> \"v\" .\n", Encoding.UTF8, "application/n-triples") }
                : new HttpResponseMessage(HttpStatusCode.NotFound);
        });
        var update = SparqlUpdate.Parse("LOAD <http://example.org/ok.nt> ; LOAD <http://example.org/ok.nt> INTO GRAPH <http://example.org/g> ; LOAD SILENT <http://example.org/gone.nt>");
        var options = SparqlUpdateExecutor.PrefetchDocuments(update, new UpdateOptions { AllowedIris = ["http://example.org/"], HttpHandler = handler });
        Assert.Equal(2, requests);

        var data = new InMemoryUpdatableDataset();
        var result = SparqlUpdateExecutor.Execute(update, data, options);

        Assert.Equal(2, requests);
        Assert.Equal([1L, 1L, 0L], result.Operations.Select(o => o.Added));
    }

    [Fact]
    public void PrefetchDocuments_RefusedLoadWithoutSilent_Throws()
    {
        var error = Assert.Throws<SparqlUpdateException>(() => SparqlUpdateExecutor.PrefetchDocuments(SparqlUpdate.Parse("LOAD <ftp://example.org/x.ttl>")));
        Assert.Equal(UpdateErrorKind.LoadRefused, error.Kind);
    }

    private sealed class FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => respond(request);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }
}
