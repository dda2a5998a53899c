using System.Text.Json;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Tests;

/// <summary>Lists, Relay paging, filters, inverse and derived relations, track and trace through GraphQL.</summary>
public sealed class ListAndRelationTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly GraphQLFixture _fixture = new();
    private readonly Iri _ann;
    private readonly Iri _bob;
    private readonly Iri _flour;

    public ListAndRelationTests()
    {
        _ann = _fixture.Create("Person", ("name", VfValue.Of("Ann")));
        _bob = _fixture.Create("Person", ("name", VfValue.Of("Bob")));
        _flour = _fixture.Create("ResourceSpecification", ("name", VfValue.Of("Flour")));
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void EconomicEvents_WalkedForwardsAndBackwards_SeeEveryEventOnceInOrder()
    {
        var ids = Enumerable.Range(0, 7).Select(i => Raise(_ann, i)).ToList();

        var forwards = Walk("first", "after", "endCursor", "hasNextPage");
        var backwards = Walk("last", "before", "startCursor", "hasPreviousPage");

        Assert.Equal(ids.Select(i => i.Value), forwards);
        Assert.Equal(ids.Select(i => i.Value), backwards);
    }

    [Fact]
    public void EconomicEvents_RawEventWithoutAction_IsLeftOutOfTheList()
    {
        var good = Raise(_ann, 0);
        var raw = Iri.Create(GraphQLFixture.Base + "economicEvent/raw");
        using (var write = _fixture.Store.BeginWrite())
        {
            write.Add(new Quad(raw, RdfVocabulary.Type, VfModel.Get("EconomicEvent").Class));
            write.Commit();
        }

        var json = _fixture.Run("{ economicEvents { edges { node { id action { id } } } } }");

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal([good.Value], Ids(json.GetProperty("data").GetProperty("economicEvents")));
    }

    [Fact]
    public void EconomicEvents_PageInfo_HasTotalCountAndPageLimit()
    {
        Raise(_ann, 0);
        Raise(_bob, 1);

        var info = _fixture.Run("{ economicEvents(first: 1) { pageInfo { totalCount pageLimit hasNextPage hasPreviousPage } } }")
            .GetProperty("data").GetProperty("economicEvents").GetProperty("pageInfo");

        Assert.Equal(2, info.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, info.GetProperty("pageLimit").GetInt32()); // "the number of items requested per page"
        Assert.True(info.GetProperty("hasNextPage").GetBoolean());
        Assert.False(info.GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public void EconomicEvents_PageAboveTheLimit_IsBadUserInput()
    {
        var json = _fixture.Run("{ economicEvents(first: 1001) { edges { cursor } } }");

        Assert.Equal("BAD_USER_INPUT", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void EconomicEvents_FilteredByProviderAndAction_ListsOnlyMatches()
    {
        var annRaise = Raise(_ann, 0);
        Raise(_bob, 1);

        var json = _fixture.Run(
            "query($p: [ID!]) { economicEvents(filter: { providerId: $p, action: [\"raise\"] }) { edges { node { id } } } }",
            new { p = new[] { _ann.Value } });

        var edge = Assert.Single(json.GetProperty("data").GetProperty("economicEvents").GetProperty("edges").EnumerateArray());
        Assert.Equal(annRaise.Value, edge.GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public void Agents_PeopleAndOrganizations_AreListedWithTheirTypes()
    {
        _fixture.Create("Organization", ("name", VfValue.Of("Coop")));

        var json = _fixture.Run("{ agents { edges { node { __typename name } } pageInfo { totalCount } } }");

        var agents = json.GetProperty("data").GetProperty("agents");
        Assert.Equal(3, agents.GetProperty("pageInfo").GetProperty("totalCount").GetInt32());
        Assert.Contains("Organization", agents.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("__typename").GetString()));
    }

    [Fact]
    public void Agents_FilteredByClassification_ListsTheClassifiedOrganization()
    {
        var coop = _fixture.Create("Organization", ("name", VfValue.Of("Coop")), ("classifiedAs", VfValue.Of(Iri.Create("https://tax.example/coop"))));

        var json = _fixture.Run("{ agents(filter: { classifiedAs: [\"https://tax.example/coop\"] }) { edges { node { id } } } }");

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal([coop.Value], Ids(json.GetProperty("data").GetProperty("agents")));
    }

    [Fact]
    public void Offers_ProposalWithProviderOnlyIntent_IsAnOfferNotARequest()
    {
        var intent = _fixture.Create("Intent", ("action", VfValue.Of("transfer")), ("provider", VfValue.Of(_ann)), ("resourceConformsTo", VfValue.Of(_flour)));
        var proposal = _fixture.Create("Proposal", ("name", VfValue.Of("Flour for sale")));
        _fixture.Create("ProposedIntent", ("publishedIn", VfValue.Of(proposal)), ("publishes", VfValue.Of(intent)), ("reciprocal", VfValue.Of(false)));

        var json = _fixture.Run("{ offers { edges { node { id primaryIntents { id } } } } requests { edges { node { id } } } }");

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var offer = Assert.Single(json.GetProperty("data").GetProperty("offers").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal(proposal.Value, offer.GetProperty("id").GetString());
        Assert.Equal(intent.Value, Assert.Single(offer.GetProperty("primaryIntents").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(Ids(json.GetProperty("data").GetProperty("requests")));
    }

    [Fact]
    public void Commitment_FullyFulfilled_IsFinishedWithItsFulfillment()
    {
        var commitment = _fixture.Create("Commitment", ("action", VfValue.Of("raise")), ("provider", VfValue.Of(_ann)), ("receiver", VfValue.Of(_ann)),
            ("resourceConformsTo", VfValue.Of(_flour)), ("resourceQuantity", new VfMeasure(5m, GraphQLFixture.Kilogram)));
        var open = _fixture.Run("query($id: ID!) { commitment(id: $id) { finished } }", new { id = commitment.Value });
        var e = Raise(_ann, 0);
        _fixture.Create("Fulfillment", ("fulfilledBy", VfValue.Of(e)), ("fulfills", VfValue.Of(commitment)));

        var json = _fixture.Run("query($id: ID!) { commitment(id: $id) { finished fulfilledBy { fulfilledBy { id } } } }", new { id = commitment.Value });

        Assert.False(open.GetProperty("data").GetProperty("commitment").GetProperty("finished").GetBoolean());
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var c = json.GetProperty("data").GetProperty("commitment");
        Assert.True(c.GetProperty("finished").GetBoolean());
        Assert.Equal(e.Value, Assert.Single(c.GetProperty("fulfilledBy").EnumerateArray()).GetProperty("fulfilledBy").GetProperty("id").GetString());
    }

    [Fact]
    public void Person_ClaimRecords_ListTheClaimsTheSchemaDefectHides()
    {
        var claim = _fixture.Create("Claim", ("action", VfValue.Of("transfer")), ("provider", VfValue.Of(_ann)), ("receiver", VfValue.Of(_bob)),
            ("resourceConformsTo", VfValue.Of(_flour)), ("resourceQuantity", new VfMeasure(1m, GraphQLFixture.Kilogram)), ("triggeredBy", VfValue.Of(Raise(_ann, 0))));

        var json = _fixture.Run(
            "query($a: ID!, $b: ID!) { ann: person(id: $a) { claimRecords { edges { node { id } } } claimRecordsAsProvider { edges { node { id } } } "
            + "claimRecordsAsReceiver { edges { node { id } } } } bob: agent(id: $b) { claimRecordsAsReceiver { edges { node { id } } } } }",
            new { a = _ann.Value, b = _bob.Value });

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var ann = json.GetProperty("data").GetProperty("ann");
        Assert.Equal([claim.Value], Ids(ann.GetProperty("claimRecords")));
        Assert.Equal([claim.Value], Ids(ann.GetProperty("claimRecordsAsProvider")));
        Assert.Empty(Ids(ann.GetProperty("claimRecordsAsReceiver")));
        Assert.Equal([claim.Value], Ids(json.GetProperty("data").GetProperty("bob").GetProperty("claimRecordsAsReceiver")));
    }

    [Fact]
    public void Person_InverseAndDerivedConnections_ListTheAgentsEvents()
    {
        var given = Transfer(_ann, _bob, 0);
        var own = Raise(_ann, 1);

        var json = _fixture.Run(
            "query($id: ID!) { person(id: $id) { economicEventsAsProvider { edges { node { id } } } "
            + "economicEventsAsReceiver { edges { node { id } } } economicEvents { edges { node { id } } pageInfo { totalCount } } "
            + "filtered: economicEvents(filter: { action: \"raise\" }) { edges { node { id } } } } }",
            new { id = _ann.Value });

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var person = json.GetProperty("data").GetProperty("person");
        Assert.Equal([given.Value, own.Value], Ids(person.GetProperty("economicEventsAsProvider")).Order(StringComparer.Ordinal));
        Assert.Equal([own.Value], Ids(person.GetProperty("economicEventsAsReceiver")));
        Assert.Equal(2, person.GetProperty("economicEvents").GetProperty("pageInfo").GetProperty("totalCount").GetInt32());
        Assert.Equal([own.Value], Ids(person.GetProperty("filtered")));
    }

    [Fact]
    public void Process_ObservedFlowsAndTrace_FollowTheEvents()
    {
        var baking = _fixture.Create("Process", ("name", VfValue.Of("Baking")));
        var consumed = Raise(_ann, 0);
        var resource = _fixture.Ledger.OpenRead().Get(consumed)!.GetIri("resourceInventoriedAs")!;
        var input = _fixture.Recorder.Record(new VfInput()
            .Set("action", VfValue.Of("consume"))
            .Set("provider", VfValue.Of(_ann))
            .Set("receiver", VfValue.Of(_ann))
            .Set("inputOf", VfValue.Of(baking))
            .Set("resourceInventoriedAs", VfValue.Of(resource))
            .Set("resourceQuantity", new VfMeasure(1m, GraphQLFixture.Kilogram))
            .Set("hasPointInTime", VfValue.Of(Day.AddHours(5)))).Event.Id;

        var json = _fixture.Run(
            "query($id: ID!) { process(id: $id) { observedInputs { id } previous { __typename } deletable } }",
            new { id = baking.Value });

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var process = json.GetProperty("data").GetProperty("process");
        Assert.Equal(input.Value, Assert.Single(process.GetProperty("observedInputs").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("EconomicEvent", process.GetProperty("previous").EnumerateArray().Select(t => t.GetProperty("__typename").GetString()));
        Assert.False(process.GetProperty("deletable").GetBoolean());

        var flows = _fixture.Run(
            "query($e: ID!, $r: ID!) { economicEvent(id: $e) { next { __typename ... on Process { id } } previous { __typename } track { __typename } } "
            + "economicResource(id: $r) { track { __typename } trace { __typename } next { __typename } } }",
            new { e = input.Value, r = resource.Value });
        Assert.False(flows.TryGetProperty("errors", out errors), errors.ToString());
        var next = flows.GetProperty("data").GetProperty("economicEvent").GetProperty("next");
        Assert.Equal(baking.Value, Assert.Single(next.EnumerateArray()).GetProperty("id").GetString());
        var tracked = flows.GetProperty("data").GetProperty("economicResource").GetProperty("track").EnumerateArray()
            .Select(t => t.GetProperty("__typename").GetString()).ToList();
        Assert.Contains("EconomicEvent", tracked);
        Assert.Contains("Process", tracked);
    }

    [Fact]
    public void Person_DerivedConnectionWithForgedCursor_IsBadUserInput()
    {
        var json = _fixture.Run("query($id: ID!) { person(id: $id) { economicEvents(after: \"bm90LWEtY3Vyc29y\") { edges { cursor } } } }", new { id = _ann.Value });

        Assert.Equal("BAD_USER_INPUT", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];

    private List<string> Walk(string size, string cursorArgument, string nextCursor, string hasMore)
    {
        var seen = new List<string>();
        string? cursor = null;
        while (true)
        {
            var args = cursor is null ? $"{size}: 3" : $"{size}: 3, {cursorArgument}: \"{cursor}\"";
            var page = _fixture.Run($"{{ economicEvents({args}) {{ edges {{ node {{ id }} }} pageInfo {{ startCursor endCursor hasNextPage hasPreviousPage }} }} }}")
                .GetProperty("data").GetProperty("economicEvents");
            var ids = Ids(page);
            if (size == "last")
            {
                seen.InsertRange(0, ids);
            }
            else
            {
                seen.AddRange(ids);
            }

            if (!page.GetProperty("pageInfo").GetProperty(hasMore).GetBoolean())
            {
                return seen;
            }

            cursor = page.GetProperty("pageInfo").GetProperty(nextCursor).GetString();
        }
    }

    private Iri Raise(Iri agent, int hour) => _fixture.Recorder.Record(
        new VfInput()
            .Set("action", VfValue.Of("raise"))
            .Set("provider", VfValue.Of(agent))
            .Set("receiver", VfValue.Of(agent))
            .Set("resourceConformsTo", VfValue.Of(_flour))
            .Set("resourceQuantity", new VfMeasure(5m, GraphQLFixture.Kilogram))
            .Set("hasPointInTime", VfValue.Of(Day.AddHours(hour))),
        new VfInput().Set("name", VfValue.Of("Flour of " + agent.Value))).Event.Id;

    private Iri Transfer(Iri from, Iri to, int hour) => _fixture.Recorder.Record(
        new VfInput()
            .Set("action", VfValue.Of("deliverService"))
            .Set("provider", VfValue.Of(from))
            .Set("receiver", VfValue.Of(to))
            .Set("resourceConformsTo", VfValue.Of(_flour))
            .Set("resourceQuantity", new VfMeasure(1m, GraphQLFixture.Kilogram))
            .Set("hasPointInTime", VfValue.Of(Day.AddHours(hour)))).Event.Id;
}
