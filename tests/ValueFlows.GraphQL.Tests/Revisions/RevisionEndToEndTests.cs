using System.Text.Json;
using ValueFlows.GraphQL.Tests.Mutations;

namespace ValueFlows.GraphQL.Tests.Revisions;

/// <summary>
/// <c>revisionId</c>, <c>revision(revisionId)</c> and <c>meta</c> through GraphQL: on an on-disk store (which keeps
/// history) past revisions come back with their old values; on an in-memory store only the latest is served.
/// </summary>
public sealed class RevisionEndToEndTests
{
    private const string CreateAnn = """mutation { createPerson(person: {name: "Ann", note: "v1"}) { agent { id revisionId } } }""";

    [Fact]
    public async Task Revision_OlderVersionOnDisk_ReturnsTheOlderValues()
    {
        using var vf = GraphQLLedger.OnDisk();
        var (id, v1) = await Create(vf);
        var v2 = await Update(vf, v1, "v2");
        var v3 = await Update(vf, v2, "v3");

        var data = await vf.Data($$"""
            mutation {
              updatePerson(person: {revisionId: "{{v3}}", note: "v4"}) {
                agent {
                  note
                  first: revision(revisionId: "{{v1}}") { name note revisionId }
                  second: revision(revisionId: "{{v2}}") { note revisionId }
                }
              }
            }
            """);

        var agent = data.GetProperty("updatePerson").GetProperty("agent");
        Assert.Equal("v4", agent.GetProperty("note").GetString());
        Assert.Equal("v1", agent.GetProperty("first").GetProperty("note").GetString());
        Assert.Equal("Ann", agent.GetProperty("first").GetProperty("name").GetString());
        Assert.Equal(v1, agent.GetProperty("first").GetProperty("revisionId").GetString());
        Assert.Equal("v2", agent.GetProperty("second").GetProperty("note").GetString());
        Assert.Equal(v2, agent.GetProperty("second").GetProperty("revisionId").GetString());
        Assert.StartsWith(id + "?rev=", v1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_AfterThreeVersions_PreviousLatestAndCounts()
    {
        using var vf = GraphQLLedger.OnDisk();
        var (_, v1) = await Create(vf);
        var v2 = await Update(vf, v1, "v2");

        var data = await vf.Data($$"""
            mutation {
              updatePerson(person: {revisionId: "{{v2}}", note: "v3"}) {
                agent {
                  revisionId
                  meta {
                    previousRevision { id time }
                    previousRevisionsCount
                    futureRevisionsCount
                    latestRevision { id time author { id } }
                    retrievedRevision { id }
                  }
                  revision(revisionId: "{{v1}}") { meta { previousRevisionsCount futureRevisionsCount previousRevision { id } retrievedRevision { id } } }
                }
              }
            }
            """);

        var agent = data.GetProperty("updatePerson").GetProperty("agent");
        var v3 = agent.GetProperty("revisionId").GetString();
        var meta = agent.GetProperty("meta");
        Assert.Equal(v2, meta.GetProperty("previousRevision").GetProperty("id").GetString());
        Assert.Equal(2, meta.GetProperty("previousRevisionsCount").GetInt32());
        Assert.Equal(0, meta.GetProperty("futureRevisionsCount").GetInt32());
        Assert.Equal(v3, meta.GetProperty("latestRevision").GetProperty("id").GetString());
        Assert.Equal(v3, meta.GetProperty("retrievedRevision").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, meta.GetProperty("latestRevision").GetProperty("time").ValueKind);
        Assert.Equal(JsonValueKind.String, meta.GetProperty("previousRevision").GetProperty("time").ValueKind);
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("latestRevision").GetProperty("author").ValueKind);

        var old = agent.GetProperty("revision").GetProperty("meta");
        Assert.Equal(0, old.GetProperty("previousRevisionsCount").GetInt32());
        Assert.Equal(2, old.GetProperty("futureRevisionsCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, old.GetProperty("previousRevision").ValueKind);
        Assert.Equal(v1, old.GetProperty("retrievedRevision").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Revision_OfAnotherRecord_BadUserInput()
    {
        using var vf = GraphQLLedger.OnDisk();
        var (_, ann) = await Create(vf);
        var (_, other) = await Create(vf);

        var error = await vf.Error($$"""mutation { updatePerson(person: {revisionId: "{{ann}}", note: "x"}) { agent { revision(revisionId: "{{other}}") { id } } } }""");

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["updatePerson", "agent", "revision"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task Revision_InMemoryStoreOlderVersion_NotFoundHistoryNotKept()
    {
        using var vf = GraphQLLedger.InMemory();
        var (_, v1) = await Create(vf);
        var v2 = await Update(vf, v1, "v2");

        var error = await vf.Error($$"""mutation { updatePerson(person: {revisionId: "{{v2}}", note: "v3"}) { agent { revision(revisionId: "{{v1}}") { note } } } }""");

        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("not kept", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["updatePerson", "agent", "revision"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task Revision_LatestOnInMemoryStore_ReturnsTheRecord()
    {
        using var vf = GraphQLLedger.InMemory();
        var (id, v1) = await Create(vf);

        var data = await vf.Data($$"""{ person(id: "{{id}}") { revisionId revision(revisionId: "{{v1}}") { name note revisionId } } }""");

        var person = data.GetProperty("person");
        Assert.Equal(v1, person.GetProperty("revisionId").GetString());
        Assert.Equal("v1", person.GetProperty("revision").GetProperty("note").GetString());
        Assert.Equal(v1, person.GetProperty("revision").GetProperty("revisionId").GetString());
    }

    [Fact]
    public async Task Revision_ThroughTheAgentInterface_ReturnsTheOlderAgent()
    {
        using var vf = GraphQLLedger.OnDisk();
        var (id, v1) = await Create(vf);
        var v2 = await Update(vf, v1, "v2");

        var data = await vf.Data($$"""{ agent(id: "{{id}}") { revisionId revision(revisionId: "{{v1}}") { name note } meta { previousRevisionsCount } } }""");

        var agent = data.GetProperty("agent");
        Assert.Equal(v2, agent.GetProperty("revisionId").GetString());
        Assert.Equal("v1", agent.GetProperty("revision").GetProperty("note").GetString());
        Assert.Equal(1, agent.GetProperty("meta").GetProperty("previousRevisionsCount").GetInt32());
    }

    [Fact]
    public async Task RevisionId_SharedOmUnitNotInTheStore_IsRevisionZeroWithNoHistory()
    {
        using var vf = GraphQLLedger.InMemory();
        const string Unit = GraphQLLedger.Kilogram;

        var data = await vf.Data($$"""
            { unit(id: "{{Unit}}") { revisionId revision(revisionId: "{{Unit}}?rev=0") { label } meta { previousRevisionsCount futureRevisionsCount retrievedRevision { id } } } }
            """);

        var unit = data.GetProperty("unit");
        Assert.Equal(Unit + "?rev=0", unit.GetProperty("revisionId").GetString());
        Assert.Equal("kilogram", unit.GetProperty("revision").GetProperty("label").GetString());
        Assert.Equal(0, unit.GetProperty("meta").GetProperty("previousRevisionsCount").GetInt32());
        Assert.Equal(0, unit.GetProperty("meta").GetProperty("futureRevisionsCount").GetInt32());
        Assert.Equal(Unit + "?rev=0", unit.GetProperty("meta").GetProperty("retrievedRevision").GetProperty("id").GetString());
    }

    private static async Task<(string Id, string RevisionId)> Create(GraphQLLedger vf)
    {
        var agent = (await vf.Data(CreateAnn)).GetProperty("createPerson").GetProperty("agent");
        return (agent.GetProperty("id").GetString()!, agent.GetProperty("revisionId").GetString()!);
    }

    private static async Task<string> Update(GraphQLLedger vf, string revisionId, string note)
    {
        var data = await vf.Data($$"""mutation { updatePerson(person: {revisionId: "{{revisionId}}", note: "{{note}}"}) { agent { revisionId } } }""");
        return data.GetProperty("updatePerson").GetProperty("agent").GetProperty("revisionId").GetString()!;
    }
}
