using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ValueFlows.Server.Tests.EndToEnd;

/// <summary>
/// A 1,000-record connection (<c>people</c>) walked over HTTP in pages of 50: forwards with <c>first/after</c> and
/// backwards with <c>last/before</c>, each way every record exactly once, in one order and its reverse.
/// </summary>
public sealed class PaginationHttpTests
{
    private const int Count = 1000;
    private const int PageSize = 50;
    private const string Page = "edges { cursor node { id name } } pageInfo { startCursor endCursor hasPreviousPage hasNextPage totalCount pageLimit }";

    [Fact]
    public async Task People_ThousandWalkedForwardsAndBackwards_EveryRecordOnceInReverseOrder()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var created = await CreatePeople(client);

        var forwards = new List<(string Id, string Name)>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            var connection = (await client.Data($"query P($after: String) {{ people(first: {PageSize}, after: $after) {{ {Page} }} }}", new { after }))
                .GetProperty("people");
            var items = Items(connection, page);
            forwards.AddRange(items);
            var info = connection.GetProperty("pageInfo");
            Assert.Equal(PageSize, items.Count);
            Assert.Equal(page > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            var hasNext = info.GetProperty("hasNextPage").GetBoolean();
            Assert.Equal(forwards.Count < Count, hasNext);
            if (!hasNext)
            {
                break;
            }

            Assert.True(page < Count / PageSize, "the forward walk does not end");
            after = info.GetProperty("endCursor").GetString();
        }

        var backwards = new List<(string Id, string Name)>();
        string? before = null;
        for (var page = 0; ; page++)
        {
            var connection = (await client.Data($"query P($before: String) {{ people(last: {PageSize}, before: $before) {{ {Page} }} }}", new { before }))
                .GetProperty("people");
            var items = Items(connection, page);

            // A backward page still lists its edges in the connection's order: prepend it whole.
            backwards.InsertRange(0, items);
            var info = connection.GetProperty("pageInfo");
            Assert.Equal(PageSize, items.Count);
            Assert.Equal(page > 0, info.GetProperty("hasNextPage").GetBoolean());
            var hasPrevious = info.GetProperty("hasPreviousPage").GetBoolean();
            Assert.Equal(backwards.Count < Count, hasPrevious);
            if (!hasPrevious)
            {
                break;
            }

            Assert.True(page < Count / PageSize, "the backward walk does not end");
            before = info.GetProperty("startCursor").GetString();
        }

        Assert.Equal(Count, forwards.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(created.Order(), forwards.Order());
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task People_PageAfterTheLastCursor_IsEmptyWithoutANextPage()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        await CreatePeople(client, batches: 1);

        var all = (await client.Data($"{{ people(first: 200) {{ {Page} }} }}")).GetProperty("people");
        Assert.Equal(100, all.GetProperty("edges").GetArrayLength());
        var end = all.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var beyond = (await client.Data($"query P($after: String) {{ people(first: 10, after: $after) {{ {Page} }} }}", new { after = end })).GetProperty("people");

        Assert.Equal(0, beyond.GetProperty("edges").GetArrayLength());
        Assert.False(beyond.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(beyond.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task People_RecordsCreatedDuringAWalk_NoDuplicatesAndNoneOfTheEarlierMissed()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        var before = await CreatePeople(client, batches: 2);

        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var connection = (await client.Data($"query P($after: String) {{ people(first: {PageSize}, after: $after) {{ {Page} }} }}", new { after }))
                .GetProperty("people");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (page == 1)
            {
                // Cursors are keys, not offsets: writes between pages neither repeat nor skip what was there.
                await CreatePeople(client, batches: 1);
            }

            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(before.Select(p => p.Id).Except(seen, StringComparer.Ordinal));
    }

    [Fact]
    public async Task People_FirstFifty_PageLimitIsTheFiftyRequested()
    {
        using var server = new VfServerFactory();
        var client = new HttpVfClient(server.CreateClient());
        await CreatePeople(client, batches: 1);

        var forwards = (await client.Data($"{{ people(first: {PageSize}) {{ {Page} }} }}")).GetProperty("people").GetProperty("pageInfo");
        var backwards = (await client.Data($"{{ people(last: {PageSize}) {{ {Page} }} }}")).GetProperty("people").GetProperty("pageInfo");

        // vf-graphql: pageLimit is "the number of items requested per page".
        Assert.Equal(PageSize, forwards.GetProperty("pageLimit").GetInt32());
        Assert.Equal(PageSize, backwards.GetProperty("pageLimit").GetInt32());
    }

    /// <summary>The page's edges (id, name), checking each cursor is unique on the page and the page's start/end cursors are its first/last edge's.</summary>
    private static List<(string Id, string Name)> Items(JsonElement connection, int page)
    {
        var edges = connection.GetProperty("edges").EnumerateArray().ToList();
        var info = connection.GetProperty("pageInfo");
        Assert.Equal(Count, info.GetProperty("totalCount").GetInt32());
        Assert.NotEmpty(edges);
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), info.GetProperty("startCursor").GetString());
        Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
        Assert.Equal(edges.Count, edges.Select(e => e.GetProperty("cursor").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.True(edges.Count <= PageSize, $"page {page} has {edges.Count} edges");
        return [.. edges.Select(e => (e.GetProperty("node").GetProperty("id").GetString()!, e.GetProperty("node").GetProperty("name").GetString()!))];
    }

    /// <summary>Creates people in mutations of 100 aliased <c>createPerson</c> fields; returns (id, name) of each.</summary>
    private static async Task<List<(string Id, string Name)>> CreatePeople(HttpVfClient client, int batches = Count / 100)
    {
        var created = new List<(string Id, string Name)>();
        for (var batch = 0; batch < batches; batch++)
        {
            var mutation = new StringBuilder("mutation {\n");
            for (var i = 0; i < 100; i++)
            {
                var n = (batch * 100) + i;
                mutation.Append(CultureInfo.InvariantCulture, $"  p{n}: createPerson(person: {{name: \"Person {n:D4}\"}}) {{ agent {{ id name }} }}\n");
            }

            var data = await client.Data(mutation.Append('}').ToString());
            created.AddRange(data.EnumerateObject().Select(p => (p.Value.GetProperty("agent").GetProperty("id").GetString()!, p.Value.GetProperty("agent").GetProperty("name").GetString()!)));
        }

        Assert.Equal(batches * 100, created.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        return created;
    }
}
