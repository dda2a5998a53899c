using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using ValueFlows.Store;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>The server in process over a store in a fresh temporary folder: unlike an in-memory store it keeps history, so <c>revision(revisionId)</c> can serve older versions.</summary>
public sealed class OnDiskVfServerFactory : WebApplicationFactory<OnDiskVfServerFactory>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "vf-e2e-" + Guid.NewGuid().ToString("N"));

    public OnDiskVfServerFactory() => Store = QuadStore.Open(_directory);

    public QuadStore Store { get; }

    public VfServerOptions Options { get; } = new() { BaseIri = "http://localhost/" };

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web => web
                .ConfigureServices(services => services.AddVfServer(Store, Options))
                .Configure(app => app.UseVfServer()));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Store.Dispose();
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
    }
}
