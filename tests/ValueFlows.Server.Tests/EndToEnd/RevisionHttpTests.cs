using System.Text.Json;
using ValueFlows.Rdf;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>
/// Revisions over HTTP on a store that keeps history: an update with the latest <c>revisionId</c> works, the same
/// (now stale) <c>revisionId</c> is refused with <c>CONFLICT</c> and writes nothing (checked through GraphQL and
/// <c>/sparql</c>), and <c>revision(revisionId)</c> serves the old value.
/// </summary>
public sealed class RevisionHttpTests
{
    // (getter, create field(argument), update field(argument), payload field, the create input's required fields)
    private static readonly (string Getter, string Create, string Update, string Payload, string Required)[] Types =
    [
        ("person", "createPerson(person:", "updatePerson(person:", "agent", "name: \"Ann\""),
        ("spatialThing", "createSpatialThing(spatialThing:", "updateSpatialThing(spatialThing:", "spatialThing", "name: \"Warehouse\""),
        ("resourceSpecification", "createResourceSpecification(resourceSpecification:", "updateResourceSpecification(resourceSpecification:", "resourceSpecification", "name: \"Flour\""),
        ("process", "createProcess(process:", "updateProcess(process:", "process", "name: \"Baking\""),
    ];

    public static TheoryData<string> Getters => [.. Types.Select(t => t.Getter)];

    [Theory]
    [MemberData(nameof(Getters))]
    public async Task Update_FreshThenStaleRevisionId_SecondIsConflictAndChangesNothing(string getter)
    {
        var type = Types.Single(t => t.Getter == getter);
        using var server = new OnDiskVfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var created = (await client.Data($"mutation {{ {type.Create} {{{type.Required}, note: \"v1\"}}) {{ {type.Payload} {{ id revisionId note }} }} }}"))
            .EnumerateObject().Single().Value.GetProperty(type.Payload);
        var id = created.GetProperty("id").GetString()!;
        var v1 = created.GetProperty("revisionId").GetString()!;

        var updated = (await client.Data($"mutation U($rev: ID!) {{ {type.Update} {{revisionId: $rev, note: \"v2\"}}) {{ {type.Payload} {{ id revisionId note }} }} }}", new { rev = v1 }))
            .EnumerateObject().Single().Value.GetProperty(type.Payload);
        var v2 = updated.GetProperty("revisionId").GetString()!;
        Assert.Equal(id, updated.GetProperty("id").GetString());
        Assert.Equal("v2", updated.GetProperty("note").GetString());
        Assert.NotEqual(v1, v2);

        var stale = await client.OneError($"mutation U($rev: ID!) {{ {type.Update} {{revisionId: $rev, note: \"stale\"}}) {{ {type.Payload} {{ id }} }} }}", new { rev = v1 });

        var error = stale.GetProperty("errors")[0];
        Assert.Equal("CONFLICT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal([type.Update[..type.Update.IndexOf('(', StringComparison.Ordinal)]], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("data").ValueKind);

        var now = (await client.Data($"query Q($id: ID!, $v1: ID!) {{ {getter}(id: $id) {{ note revisionId old: revision(revisionId: $v1) {{ note revisionId }} }} }}", new { id, v1 }))
            .GetProperty(getter);
        Assert.Equal("v2", now.GetProperty("note").GetString());
        Assert.Equal(v2, now.GetProperty("revisionId").GetString());
        Assert.Equal("v1", now.GetProperty("old").GetProperty("note").GetString());
        Assert.Equal(v1, now.GetProperty("old").GetProperty("revisionId").GetString());

        var notes = await client.SparqlGet($"SELECT ?note WHERE {{ <{id}> vf:note ?note }}");
        Assert.Equal(["v2"], notes.Rows.Select(r => ((Literal)r[0]!).Value));
    }

    [Fact]
    public async Task Delete_StaleRevisionId_ConflictAndTheRecordStays()
    {
        using var server = new OnDiskVfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var (id, v1) = await CreatePerson(client);
        await client.Data("mutation U($rev: ID!) { updatePerson(person: {revisionId: $rev, note: \"v2\"}) { agent { id } } }", new { rev = v1 });

        var stale = await client.OneError("mutation D($rev: ID!) { deletePerson(revisionId: $rev) }", new { rev = v1 });

        Assert.Equal("CONFLICT", stale.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("v2", (await client.Data("query Q($id: ID!) { person(id: $id) { note } }", new { id })).GetProperty("person").GetProperty("note").GetString());
        Assert.True((await client.SparqlGet($"ASK {{ <{id}> a vf:Person }}")).Boolean);
    }

    [Fact]
    public async Task Revision_ThreeVersions_EachServedWithItsValueAndMetaCounts()
    {
        using var server = new OnDiskVfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var (id, v1) = await CreatePerson(client);
        var v2 = await UpdatePerson(client, v1, "v2");
        var v3 = await UpdatePerson(client, v2, "v3");

        var person = (await client.Data(
            "query Q($id: ID!, $v1: ID!, $v2: ID!) { person(id: $id) { note a: revision(revisionId: $v1) { note } b: revision(revisionId: $v2) { note meta { previousRevisionsCount futureRevisionsCount } } meta { previousRevisionsCount futureRevisionsCount latestRevision { id } previousRevision { id } } } }",
            new { id, v1, v2 })).GetProperty("person");

        Assert.Equal("v3", person.GetProperty("note").GetString());
        Assert.Equal("v1", person.GetProperty("a").GetProperty("note").GetString());
        Assert.Equal("v2", person.GetProperty("b").GetProperty("note").GetString());
        Assert.Equal(1, person.GetProperty("b").GetProperty("meta").GetProperty("previousRevisionsCount").GetInt32());
        Assert.Equal(1, person.GetProperty("b").GetProperty("meta").GetProperty("futureRevisionsCount").GetInt32());
        var meta = person.GetProperty("meta");
        Assert.Equal(2, meta.GetProperty("previousRevisionsCount").GetInt32());
        Assert.Equal(0, meta.GetProperty("futureRevisionsCount").GetInt32());
        Assert.Equal(v3, meta.GetProperty("latestRevision").GetProperty("id").GetString());
        Assert.Equal(v2, meta.GetProperty("previousRevision").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Revision_OlderVersionOnAnInMemoryStore_NotFoundHistoryNotKept()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var (id, v1) = await CreatePerson(client);
        await UpdatePerson(client, v1, "v2");

        var response = await client.OneError("query Q($id: ID!, $v1: ID!) { person(id: $id) { note revision(revisionId: $v1) { note } } }", new { id, v1 });

        var error = response.GetProperty("errors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("not kept", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["person", "revision"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal("v2", response.GetProperty("data").GetProperty("person").GetProperty("note").GetString());
    }

    private static async Task<(string Id, string RevisionId)> CreatePerson(HttpVfClient client)
    {
        var agent = (await client.Data("mutation { createPerson(person: {name: \"Ann\", note: \"v1\"}) { agent { id revisionId } } }"))
            .GetProperty("createPerson").GetProperty("agent");
        return (agent.GetProperty("id").GetString()!, agent.GetProperty("revisionId").GetString()!);
    }

    private static async Task<string> UpdatePerson(HttpVfClient client, string revisionId, string note) =>
        (await client.Data("mutation U($rev: ID!, $note: String) { updatePerson(person: {revisionId: $rev, note: $note}) { agent { revisionId } } }", new { rev = revisionId, note }))
            .GetProperty("updatePerson").GetProperty("agent").GetProperty("revisionId").GetString()!;
}
