using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;
using ValueFlows.Core.Tests.Records;
using ValueFlows.Rdf;
using ValueFlows.Sparql;

namespace ValueFlows.Core.Tests.Lists;

public sealed class ListFilterTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly VfRecordType Event = VfModel.Get("EconomicEvent");

    [Fact]
    public void List_ProviderAndActionFilters_OnlyMatchingEvents()
    {
        using var samples = new SampleRecords();
        var (alice, bob) = (Agent(samples, "Alice"), Agent(samples, "Bob"));
        var a = Record(samples, alice, bob, "work", Noon, "a");
        Record(samples, bob, alice, "work", Noon, "b");
        var c = Record(samples, alice, alice, "produce", Noon, "c");

        Assert.Equal([a, c], Ids(samples, Event, Filters(("providerId", new[] { alice.Value }))));
        Assert.Equal([a], Ids(samples, Event, Filters(("providerId", new[] { alice.Value }), ("action", new[] { "work" }))));
        Assert.Equal([c], Ids(samples, Event, Filters(("action", new[] { "https://w3id.org/valueflows/ont/vf#produce", "consume" }))));
    }

    [Fact]
    public void List_SearchString_CaseInsensitiveOnNameOrNote()
    {
        using var samples = new SampleRecords();
        var alice = Agent(samples, "Alice");
        var harvest = Record(samples, alice, alice, "work", Noon, "The apple HARVEST");
        Record(samples, alice, alice, "work", Noon, "pressing");
        var plans = VfModel.Get("Plan");
        var named = samples.Ledger.Create(plans, new VfInput().Set("name", VfValue.Of("Harvest plan"))).Id;
        samples.Ledger.Create(plans, new VfInput().Set("name", VfValue.Of("Other")).Set("note", VfValue.Of("nothing")));

        Assert.Equal([harvest], Ids(samples, Event, Filters(("searchString", "harvest"))));
        Assert.Equal([named], Ids(samples, plans, Filters(("searchString", "hArVeSt"))));
    }

    [Fact]
    public void List_DateRange_StartInclusiveEndExclusive()
    {
        using var samples = new SampleRecords();
        var alice = Agent(samples, "Alice");
        var before = Record(samples, alice, alice, "work", Noon.AddSeconds(-1), "before");
        var atStart = Record(samples, alice, alice, "work", Noon, "start");
        var atEnd = Record(samples, alice, alice, "work", Noon.AddDays(1), "end");

        Assert.Equal([atStart], Ids(samples, Event, Filters(("startDate", Noon), ("endDate", Noon.AddDays(1)))));
        Assert.Equal([before, atStart], Ids(samples, Event, Filters(("endDate", Noon.AddDays(1)))));
        Assert.Equal([atStart, atEnd], Ids(samples, Event, Filters(("startDate", Noon))));
    }

    [Fact]
    public void List_FinishedFalse_IncludesRecordsWithoutTheFlag()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("Process");
        var open = samples.Ledger.Create(type, new VfInput().Set("name", VfValue.Of("open"))).Id;
        var done = samples.Ledger.Create(type, new VfInput().Set("name", VfValue.Of("done")).Set("finished", VfValue.Of(true))).Id;
        var undone = samples.Ledger.Create(type, new VfInput().Set("name", VfValue.Of("undone")).Set("finished", VfValue.Of(false))).Id;

        Assert.Equal([done], Ids(samples, type, Filters(("finished", true))));
        Assert.Equal([open, undone], Ids(samples, type, Filters(("finished", false))));
    }

    [Fact]
    public void List_Agents_PeopleAndOrganizationsInCreationOrder()
    {
        using var samples = new SampleRecords();
        var first = Agent(samples, "First");
        var org = samples.Ledger.Create(VfModel.Get("Organization"), new VfInput().Set("name", VfValue.Of("Crew"))).Id;
        var last = Agent(samples, "Last");
        using var read = samples.Ledger.OpenRead();

        var page = read.List(new VfListQuery(VfModel.AgentTypes, [], new VfPageRequest()));

        Assert.Equal([first, org, last], page.Items.Select(i => i.Id));
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public void List_Proposals_OffersAndRequestsBySideOrPurpose()
    {
        using var samples = new SampleRecords();
        var alice = Agent(samples, "Alice");
        var offer = Proposal(samples, ("provider", alice));
        var request = Proposal(samples, ("receiver", alice));
        var stated = samples.Ledger.Create(VfModel.Get("Proposal"), new VfInput().Set("purpose", VfValue.Of(VfModel.Vf("offer")))).Id;

        Assert.Equal([offer, stated], Ids(samples, VfModel.Get("Proposal"), Filters(("isOffer", true))));
        Assert.Equal([request], Ids(samples, VfModel.Get("Proposal"), Filters(("isRequest", true))));
    }

    [Fact]
    public void List_ProposalsActive_ByBeginningAndEnd()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("Proposal");
        var open = samples.Ledger.Create(type, new VfInput().Set("name", VfValue.Of("open"))).Id;
        var current = samples.Ledger.Create(type, new VfInput().Set("hasBeginning", VfValue.Of(Noon.AddDays(-1))).Set("hasEnd", VfValue.Of(Noon.AddDays(1)))).Id;
        var ended = samples.Ledger.Create(type, new VfInput().Set("hasEnd", VfValue.Of(Noon))).Id;
        var future = samples.Ledger.Create(type, new VfInput().Set("hasBeginning", VfValue.Of(Noon.AddSeconds(1)))).Id;
        using var read = samples.Ledger.OpenRead();

        var active = read.List(new VfListQuery([type], VfFilterParams.Build(Dict(("active", true)), Noon), new VfPageRequest()));
        var inactive = read.List(new VfListQuery([type], VfFilterParams.Build(Dict(("active", false)), Noon), new VfPageRequest()));

        Assert.Equal([open, current], active.Items.Select(i => i.Id));
        Assert.Equal([ended, future], inactive.Items.Select(i => i.Id));
    }

    [Fact]
    public void List_InverseConnection_IsAFieldFilter()
    {
        using var samples = new SampleRecords();
        var alice = Agent(samples, "Alice");
        var process = samples.Minimal("Process");
        var input = samples.Ledger.Create(Event, samples.Full(Event).Set("provider", VfValue.Of(alice)).Set("inputOf", VfValue.Of(process)).Set("outputOf")).Id;
        samples.Ledger.Create(Event, samples.Full(Event).Set("provider", VfValue.Of(alice)).Set("outputOf", VfValue.Of(process)).Set("inputOf"));

        Assert.Equal([input], Ids(samples, Event, [new VfFieldFilter("inputOf", [process])]));
    }

    [Fact]
    public void Build_UnknownFilterField_BadUserInput()
    {
        var error = Assert.Throws<VfDomainException>(() => VfFilterParams.Build(Dict(("colour", "red")), Noon));
        Assert.Equal("filter.colour", error.Field);
    }

    [Fact]
    public void PageAlgebra_PrintedAsSparql_ParsesToTheSameAlgebra()
    {
        var filters = VfFilterParams.Build(Dict(("searchString", "x"), ("providerId", new[] { "https://a.example/p" }), ("startDate", Noon)), Noon);
        var op = VfListAlgebra.Page([Event], filters, (Literal.Create("2026-01-01T00:00:00Z", Xsd.DateTime), "https://a.example/e"), backwards: true, 11);

        var text = SparqlAlgebraQuery.Select(op).ToString();

        Assert.Equal(op.ToSse(), SparqlQuery.Parse(text).Pattern.ToSse());
    }

    private static IReadOnlyDictionary<string, object?> Dict(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static IReadOnlyList<VfListFilter> Filters(params (string Key, object? Value)[] pairs) => VfFilterParams.Build(Dict(pairs), Noon);

    private static Iri Agent(SampleRecords samples, string name) => samples.Ledger.Create(VfModel.Get("Person"), new VfInput().Set("name", VfValue.Of(name))).Id;

    private static Iri Record(SampleRecords samples, Iri provider, Iri receiver, string action, DateTimeOffset time, string note) =>
        samples.Ledger.Create(Event, new VfInput()
            .Set("action", VfValue.Of(action)).Set("provider", VfValue.Of(provider)).Set("receiver", VfValue.Of(receiver))
            .Set("hasPointInTime", VfValue.Of(time)).Set("note", VfValue.Of(note))).Id;

    private static Iri Proposal(SampleRecords samples, (string Side, Iri Agent) side)
    {
        var proposal = samples.Ledger.Create(VfModel.Get("Proposal"), new VfInput().Set("name", VfValue.Of("p"))).Id;
        var intent = samples.Ledger.Create(VfModel.Get("Intent"), new VfInput().Set("action", VfValue.Of("transfer")).Set(side.Side, VfValue.Of(side.Agent))).Id;
        samples.Ledger.Create(VfModel.Get("ProposedIntent"), new VfInput().Set("publishedIn", VfValue.Of(proposal)).Set("publishes", VfValue.Of(intent)));
        return proposal;
    }

    private static List<Iri> Ids(SampleRecords samples, VfRecordType type, IReadOnlyList<VfListFilter> filters)
    {
        using var read = samples.Ledger.OpenRead();
        var page = read.List(new VfListQuery([type], filters, new VfPageRequest()));
        Assert.Equal(page.Items.Count, page.TotalCount);
        return [.. page.Items.Select(i => i.Id)];
    }
}
