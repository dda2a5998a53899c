using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>
/// Both doors over one store: a raw SPARQL Update (allowed by <c>AllowRawWrites</c>) is what the next GraphQL request
/// reads, as a new revision, so a client holding the older <c>revisionId</c> gets <c>CONFLICT</c>; GET <c>/graphql</c>
/// reads what POST wrote.
/// </summary>
public sealed class CrossDoorHttpTests
{
    [Fact]
    public async Task SparqlUpdate_NoteChanged_GraphQLReadsItAsANewRevisionAndTheOldOneIsStale()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", AllowRawWrites = true });
        var http = server.CreateClient();
        var client = new HttpVfClient(http);
        var agent = (await client.Data("mutation { createPerson(person: {name: \"Ann\", note: \"from GraphQL\"}) { agent { id revisionId } } }"))
            .GetProperty("createPerson").GetProperty("agent");
        var id = agent.GetProperty("id").GetString()!;
        var v1 = agent.GetProperty("revisionId").GetString()!;

        using var update = new StringContent(
            HttpVfClient.Prefixes + $"DELETE {{ <{id}> vf:note ?n }} INSERT {{ <{id}> vf:note \"from SPARQL\" }} WHERE {{ <{id}> vf:note ?n }}",
            Encoding.UTF8,
            "application/sparql-update");
        using var response = await http.PostAsync(new Uri("/sparql", UriKind.Relative), update);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var person = (await client.Data("query Q($id: ID!) { person(id: $id) { note revisionId } }", new { id })).GetProperty("person");
        Assert.Equal("from SPARQL", person.GetProperty("note").GetString());
        Assert.NotEqual(v1, person.GetProperty("revisionId").GetString());
        var stale = await client.OneError("mutation U($rev: ID!) { updatePerson(person: {revisionId: $rev, note: \"lost update\"}) { agent { id } } }", new { rev = v1 });
        Assert.Equal("CONFLICT", stale.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetGraphQL_AfterAPostMutation_ReadsTheWrite()
    {
        using var server = new VfServerFactory();
        var http = server.CreateClient();
        var client = new HttpVfClient(http);
        var id = (await client.Data("mutation { createSpatialThing(spatialThing: {name: \"Shop\", lat: \"52.52\", long: \"13.405\"}) { spatialThing { id } } }"))
            .GetProperty("createSpatialThing").GetProperty("spatialThing").GetProperty("id").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString($"{{ spatialThing(id: \"{id}\") {{ name lat long }} }}"));
        request.Headers.TryAddWithoutValidation("Accept", HttpVfClient.GraphQLResponseType);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var place = document.RootElement.GetProperty("data").GetProperty("spatialThing");
        Assert.Equal("Shop", place.GetProperty("name").GetString());
        Assert.Equal(52.52m, decimal.Parse(place.GetProperty("lat").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(13.405m, decimal.Parse(place.GetProperty("long").GetString()!, CultureInfo.InvariantCulture));
    }
}
