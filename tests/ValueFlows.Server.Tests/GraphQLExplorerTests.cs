using System.Net;
using System.Text.RegularExpressions;

namespace ValueFlows.Server.Tests;

public sealed partial class GraphQLExplorerTests
{
    [Theory]
    [InlineData("explorer.js", "text/javascript")]
    [InlineData("explorer.css", "text/css")]
    public async Task GetAsset_PageFile_IsServedFromOurPath(string file, string mediaType)
    {
        using var server = new VfServerFactory();

        using var response = await server.CreateClient().GetAsync(new Uri("/graphql/explorer/" + file, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetAsset_UnknownFile_Is404()
    {
        using var server = new VfServerFactory();

        using var response = await server.CreateClient().GetAsync(new Uri("/graphql/explorer/nothing.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetAsset_SameETag_Is304()
    {
        using var server = new VfServerFactory();
        var client = server.CreateClient();
        using var first = await client.GetAsync(new Uri("/graphql/explorer/explorer.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/explorer/explorer.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("explorer.js")]
    [InlineData("explorer.css")]
    public async Task GetAsset_PageFile_ReferencesNothingOutsideTheServer(string file)
    {
        using var server = new VfServerFactory();

        var text = await server.CreateClient().GetStringAsync(new Uri("/graphql/explorer/" + file, UriKind.Relative));

        Assert.DoesNotMatch(ExternalReference(), text);
        Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("https?://|//[a-z0-9-]+\\.[a-z]", RegexOptions.IgnoreCase)]
    internal static partial Regex ExternalReference();
}
