using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ValueFlows.Core.Records;
using ValueFlows.Core.Samples;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Server.Tests;

/// <summary>The sample stories loaded through Core, read through both doors of the same server.</summary>
public sealed class GraphQLSamplesTests
{
    private const string Prefixes = "PREFIX vf: <https://w3id.org/valueflows/ont/vf#> ";

    private static VfServerFactory LoadedServer(VfServerOptions? options = null)
    {
        var server = new VfServerFactory(options);
        var report = SampleStories.LoadInto(new VfLedger(server.Store, server.Options.BaseIri));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        return server;
    }

    private static async Task<JsonElement> GraphQL(VfServerFactory server, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await server.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), text);
        return document.RootElement.GetProperty("data").Clone();
    }

    private static async Task<SparqlResults> Sparql(VfServerFactory server, string query)
    {
        using var response = await server.CreateClient().GetAsync(new Uri("/sparql?query=" + Uri.EscapeDataString(Prefixes + query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return SparqlResultsFormats.Json.Read(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>One GraphQL document reading every IRI through a getter, aliased r0, r1, …</summary>
    private static string Getters(string field, IReadOnlyList<string> ids, string selection) =>
        "{ " + string.Concat(ids.Select((id, i) => $"r{i}: {field}(id: {JsonSerializer.Serialize(id)}) {{ id {selection} }} ")) + "}";

    [Fact]
    public async Task Samples_PeopleThroughGraphQL_AreThePeopleThroughSparql()
    {
        using var server = LoadedServer();

        var sparql = await Sparql(server, "SELECT ?p ?name WHERE { ?p a vf:Person ; vf:name ?name }");
        var throughSparql = sparql.Rows.Select(r => (((Iri)r[0]!).Value, ((Literal)r[1]!).Value)).Order().ToList();
        var data = await GraphQL(server, Getters("person", [.. throughSparql.Select(p => p.Item1)], "name"));

        var throughGraphQL = data.EnumerateObject().Select(p => (p.Value.GetProperty("id").GetString()!, p.Value.GetProperty("name").GetString()!)).Order().ToList();
        Assert.True(throughSparql.Count >= 5, $"{throughSparql.Count} people");
        Assert.Equal(throughSparql, throughGraphQL);
    }

    [Fact]
    public async Task Samples_ResourceQuantitiesThroughGraphQL_AreTheStoredOnesThroughSparql()
    {
        using var server = LoadedServer();

        var sparql = await Sparql(server, "SELECT ?r ?q WHERE { ?r a vf:EconomicResource ; vf:onhandQuantity/vf:hasNumericalValue ?q }");
        var throughSparql = sparql.Rows.Select(r => (((Iri)r[0]!).Value, decimal.Parse(((Literal)r[1]!).Value, CultureInfo.InvariantCulture))).Order().ToList();
        var data = await GraphQL(server, Getters("economicResource", [.. throughSparql.Select(r => r.Item1)], "onhandQuantity { hasNumericalValue }"));

        var throughGraphQL = data.EnumerateObject()
            .Select(p => (p.Value.GetProperty("id").GetString()!, Number(p.Value.GetProperty("onhandQuantity").GetProperty("hasNumericalValue"))))
            .Order().ToList();
        Assert.NotEmpty(throughSparql);
        Assert.Equal(throughSparql, throughGraphQL);
    }

    [Fact]
    public async Task MyAgent_ServerStartedAsAnAgent_AnswersThatAgent()
    {
        string someone;
        using (var probe = LoadedServer())
        {
            someone = ((Iri)(await Sparql(probe, "SELECT ?p WHERE { ?p a vf:Person } ORDER BY ?p LIMIT 1")).Rows[0][0]!).Value;
        }

        using var server = LoadedServer(new VfServerOptions { BaseIri = "http://localhost/", AsAgent = someone });

        var data = await GraphQL(server, "{ myAgent { id name } }");

        Assert.Equal(someone, data.GetProperty("myAgent").GetProperty("id").GetString());
    }

    [Fact]
    public async Task MyAgent_NoAgentConfigured_IsUnauthenticated()
    {
        using var server = LoadedServer();
        using var content = new StringContent("{\"query\":\"{ myAgent { id } }\"}", Encoding.UTF8, "application/json");

        using var response = await server.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), content);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static decimal Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDecimal();
}
