using System.Net;
using System.Text;
using System.Text.Json;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>
/// GraphQL errors as an HTTP client sees them: field errors (<c>NOT_FOUND</c>, <c>BAD_USER_INPUT</c>) in a 200 answer
/// with <c>path</c> and <c>locations</c>, and documents refused before execution (syntax, depth, complexity) as 400 under
/// <c>application/graphql-response+json</c>.
/// </summary>
public sealed class ErrorHttpTests
{
    private const string Kilogram = "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram";

    [Theory]
    [InlineData(HttpVfClient.GraphQLResponseType)]
    [InlineData("application/json")]
    public async Task Getter_MissingRecord_NotFoundWithPathAndNullData(string accept)
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var (status, mediaType, body) = await client.Post("{\n  nobody: person(id: \"http://localhost/nobody\") { id name }\n}", accept: accept);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(accept, mediaType);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", Code(error));
        Assert.Equal(["nobody"], Path(error));
        Assert.Equal(2, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("nobody").ValueKind);
    }

    [Fact]
    public async Task Getter_RecordOfAnotherType_NotFound()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var ann = (await client.Data("mutation { createPerson(person: {name: \"Ann\"}) { agent { id } } }")).GetProperty("createPerson").GetProperty("agent").GetProperty("id").GetString();

        var body = await client.OneError("query Q($id: ID!) { process(id: $id) { id } }", new { id = ann });

        Assert.Equal("NOT_FOUND", Code(body.GetProperty("errors")[0]));
        Assert.Equal(["process"], Path(body.GetProperty("errors")[0]));
    }

    [Fact]
    public async Task Getter_IdThatIsNotAnAbsoluteIri_BadUserInput()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var body = await client.OneError("{ person(id: \"not an iri\") { id } }");

        Assert.Equal("BAD_USER_INPUT", Code(body.GetProperty("errors")[0]));
        Assert.Equal(["person"], Path(body.GetProperty("errors")[0]));
    }

    public static TheoryData<string, string> BrokenEvents => new()
    {
        { "action: \"bake\", provider: \"{ann}\", receiver: \"{ann}\", resourceConformsTo: \"{flour}\", resourceQuantity: {hasNumericalValue: \"1\", hasUnit: \"{kg}\"}", "event.action" },
        { "action: \"produce\", provider: \"{ann}\", receiver: \"{ann}\", inputOf: \"{process}\", resourceConformsTo: \"{flour}\", resourceQuantity: {hasNumericalValue: \"1\", hasUnit: \"{kg}\"}", "event.inputOf" },
        { "action: \"produce\", provider: \"{ann}\", receiver: \"{ann}\", resourceConformsTo: \"{flour}\", resourceQuantity: {hasNumericalValue: \"-1\", hasUnit: \"{kg}\"}", "event.resourceQuantity.hasNumericalValue" },
        { "action: \"consume\", provider: \"{ann}\", receiver: \"{ann}\", resourceConformsTo: \"{flour}\"", "event.resourceQuantity" },
    };

    [Theory]
    [MemberData(nameof(BrokenEvents))]
    public async Task CreateEconomicEvent_BrokenRule_BadUserInputWithPathAndNothingWritten(string eventFields, string _)
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var body = await RecordBrokenEvent(client, eventFields);

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Equal(["recorded"], Path(error));
        Assert.Equal(2, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.False((await client.SparqlGet("ASK { { ?e a vf:EconomicEvent } UNION { ?r a vf:EconomicResource } }")).Boolean);
    }

    /// <summary>docs/graphql.md: a domain error carries <c>extensions.data.field</c> when Core names the input field.</summary>
    [Theory]
    [MemberData(nameof(BrokenEvents))]
    public async Task CreateEconomicEvent_BrokenRule_ExtensionsDataFieldNamesTheInput(string eventFields, string field)
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var error = (await RecordBrokenEvent(client, eventFields)).GetProperty("errors")[0];

        Assert.True(error.GetProperty("extensions").TryGetProperty("data", out var data), $"no extensions.data in {error}");
        Assert.Equal(field, data.GetProperty("field").GetString());
    }

    /// <summary>docs/graphql.md: a getter's error names its <c>id</c> argument in <c>extensions.data.field</c>.</summary>
    [Fact]
    public async Task Getter_MissingRecord_ExtensionsDataFieldIsId()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var error = (await client.OneError("{ person(id: \"http://localhost/nobody\") { id } }")).GetProperty("errors")[0];

        Assert.True(error.GetProperty("extensions").TryGetProperty("data", out var data), $"no extensions.data in {error}");
        Assert.Equal("id", data.GetProperty("field").GetString());
    }

    private static async Task<JsonElement> RecordBrokenEvent(HttpVfClient client, string eventFields)
    {
        var seed = (await client.Data("""
            mutation {
              ann: createPerson(person: {name: "Ann"}) { agent { id } }
              flour: createResourceSpecification(resourceSpecification: {name: "Flour"}) { resourceSpecification { id } }
              process: createProcess(process: {name: "Baking"}) { process { id } }
            }
            """));
        var input = eventFields
            .Replace("{ann}", seed.GetProperty("ann").GetProperty("agent").GetProperty("id").GetString(), StringComparison.Ordinal)
            .Replace("{flour}", seed.GetProperty("flour").GetProperty("resourceSpecification").GetProperty("id").GetString(), StringComparison.Ordinal)
            .Replace("{process}", seed.GetProperty("process").GetProperty("process").GetProperty("id").GetString(), StringComparison.Ordinal)
            .Replace("{kg}", Kilogram, StringComparison.Ordinal);

        return await client.OneError("mutation {\n  recorded: createEconomicEvent(event: {" + input + "}, newInventoriedResource: {name: \"x\"}) { economicEvent { id } }\n}");
    }

    [Fact]
    public async Task CreateEconomicEvent_MissingProvider_NotFoundAndNothingWritten()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var ann = (await client.Data("mutation { createPerson(person: {name: \"Ann\"}) { agent { id } } }")).GetProperty("createPerson").GetProperty("agent").GetProperty("id").GetString();

        var body = await client.OneError(
            $"mutation {{ createEconomicEvent(event: {{action: \"work\", provider: \"http://localhost/nobody\", receiver: \"{ann}\", effortQuantity: {{hasNumericalValue: \"1\", hasUnit: \"http://www.ontology-of-units-of-measure.org/resource/om-2/hour\"}}}}) {{ economicEvent {{ id }} }} }}");

        Assert.Equal("NOT_FOUND", Code(body.GetProperty("errors")[0]));
        Assert.Equal(["createEconomicEvent"], Path(body.GetProperty("errors")[0]));
        Assert.False((await client.SparqlGet("ASK { ?e a vf:EconomicEvent }")).Boolean);
    }

    [Fact]
    public async Task CreateResourceSpecification_DefaultUnitFromTheUnitCatalog_IsAcceptedLikeAMeasuresUnit()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        // The store has no units loaded: GraphQL serves catalog units anyway, and measures may use them.
        var unit = (await client.Data($"{{ unit(id: \"{Kilogram}\") {{ id }} }}")).GetProperty("unit");
        Assert.Equal(Kilogram, unit.GetProperty("id").GetString());

        var (_, _, body) = await client.Post(
            $"mutation {{ createResourceSpecification(resourceSpecification: {{name: \"Flour\", defaultUnitOfResource: \"{Kilogram}\"}}) {{ resourceSpecification {{ id defaultUnitOfResource {{ id }} }} }} }}");

        Assert.False(body.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        Assert.Equal(Kilogram, body.GetProperty("data").GetProperty("createResourceSpecification").GetProperty("resourceSpecification")
            .GetProperty("defaultUnitOfResource").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{ person(id: \"http://localhost/a\") { id ")]
    [InlineData("mutation { createPerson(person: {name: }) { agent { id } } }")]
    [InlineData("{ person(id: \"http://localhost/a\") { noSuchField } }")]
    [InlineData("mutation { createPerson(person: {note: \"no name\"}) { agent { id } } }")]
    public async Task Post_SyntaxOrValidationError_Is400UnderTheResponseTypeWithLocationsAndNothingWritten(string query)
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var (status, mediaType, body) = await client.Post(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpVfClient.GraphQLResponseType, mediaType);
        Assert.False(body.TryGetProperty("data", out _));
        var error = body.GetProperty("errors")[0];
        Assert.NotEmpty(error.GetProperty("message").GetString()!);
        Assert.True(error.GetProperty("locations")[0].GetProperty("column").GetInt32() > 0);
        Assert.False((await client.SparqlGet("ASK { ?p a vf:Person }")).Boolean);

        var (legacyStatus, legacyType, legacy) = await client.Post(query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
        Assert.Equal("application/json", legacyType);
        Assert.NotEmpty(legacy.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Post_QueryDeeperThanTheDefaultLimit_Is400NamingTheDepth()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());

        var (status, mediaType, body) = await client.Post(ContainedIn(20));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpVfClient.GraphQLResponseType, mediaType);
        Assert.Contains("depth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(body.TryGetProperty("data", out _));

        // Within the limit the same shape runs (and answers NOT_FOUND for the missing resource).
        var (shallowStatus, _, shallow) = await client.Post(ContainedIn(10));
        Assert.Equal(HttpStatusCode.OK, shallowStatus);
        Assert.Equal("NOT_FOUND", Code(shallow.GetProperty("errors")[0]));
    }

    [Fact]
    public async Task Post_QueryDeeperThanAConfiguredLimit_Is400()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", GraphQLMaxDepth = 3 });
        var client = new HttpVfClient(server.CreateClient());

        var (deepStatus, _, deep) = await client.Post("{ people { edges { node { id } } } }");
        var (status, _, _) = await client.Post("{ people { pageInfo { hasNextPage } } }");

        Assert.Equal(HttpStatusCode.BadRequest, deepStatus);
        Assert.Contains("depth", deep.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_QueryMoreComplexThanAConfiguredLimit_Is400()
    {
        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://localhost/", GraphQLMaxComplexity = 20 });
        var client = new HttpVfClient(server.CreateClient());
        var wide = new StringBuilder("{ ");
        for (var i = 0; i < 30; i++)
        {
            wide.Append('p').Append(i).Append(": people { edges { node { id name note } } } ");
        }

        var (status, mediaType, body) = await client.Post(wide.Append('}').ToString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpVfClient.GraphQLResponseType, mediaType);
        Assert.Contains("complex", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>economicResource(id) { containedIn { containedIn … { id } } }</c>, <paramref name="levels"/> fields deep.</summary>
    private static string ContainedIn(int levels)
    {
        var text = new StringBuilder("{ economicResource(id: \"http://localhost/r\") { ");
        for (var i = 1; i < levels - 1; i++)
        {
            text.Append("containedIn { ");
        }

        text.Append("id ");
        for (var i = 1; i < levels; i++)
        {
            text.Append("} ");
        }

        return text.Append('}').ToString();
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    private static IEnumerable<string> Path(JsonElement error) => error.GetProperty("path").EnumerateArray().Select(p => p.ToString());
}
