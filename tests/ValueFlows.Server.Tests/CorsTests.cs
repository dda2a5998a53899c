using System.Net;

namespace ValueFlows.Server.Tests;

public sealed class CorsTests
{
    private static async Task<HttpResponseMessage> Preflight(VfServerFactory server, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/sparql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await server.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Preflight_ListedOrigin_IsAllowed()
    {
        var options = new VfServerOptions { BaseIri = "http://localhost/" };
        options.CorsOrigins.Add("https://app.example");
        using var server = new VfServerFactory(options);

        using var response = await Preflight(server, "https://app.example");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://app.example", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Preflight_UnlistedOrigin_GetsNoAllowHeader()
    {
        var options = new VfServerOptions { BaseIri = "http://localhost/" };
        options.CorsOrigins.Add("https://app.example");
        using var server = new VfServerFactory(options);

        using var response = await Preflight(server, "https://evil.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Get_DefaultSettings_AnswerCarriesNoCorsHeader()
    {
        using var server = new VfServerFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Origin", "https://app.example");

        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
