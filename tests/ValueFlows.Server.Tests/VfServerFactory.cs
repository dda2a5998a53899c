using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Server.Tests;

/// <summary>The server over an in-memory store, in process (TestServer), with the options a test sets.</summary>
public sealed class VfServerFactory : WebApplicationFactory<VfServerFactory>
{
    public VfServerFactory(VfServerOptions? options = null, IEnumerable<Quad>? quads = null)
    {
        Options = options ?? new VfServerOptions { BaseIri = "http://localhost/" };
        if (quads is not null)
        {
            using var transaction = Store.BeginWrite();
            foreach (var quad in quads)
            {
                transaction.Add(quad);
            }

            transaction.Commit();
        }
    }

    public QuadStore Store { get; } = QuadStore.CreateInMemory();

    public VfServerOptions Options { get; }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web => web
                .ConfigureServices(services => services.AddVfServer(Store, Options))
                .Configure(app => app.UseVfServer()));

    /// <summary>The test binaries' folder is the content root: there is no web project folder beside the solution.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Store.Dispose();
        }
    }
}
