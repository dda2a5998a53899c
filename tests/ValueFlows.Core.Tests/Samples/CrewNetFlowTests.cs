using ValueFlows.Core.Flows;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Samples;

/// <summary>
/// bakery-crew.ttl through the net-flows view: each person's monthly payments (300, 250, 200, 350, 150 euro) and hours
/// (Ana 10+12+8, Bo 20+20+20, Chidi 16+18+14, Dana 6+8+6, Emeka 25+30+25), Chidi's 400-euro dental bill from the pot.
/// </summary>
public sealed class CrewNetFlowTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    private static readonly Iri s_euro = Iri.Create(VfNamespaces.Om2 + "euro");
    private static readonly Iri s_hour = Iri.Create(VfNamespaces.Om2 + "hour");

    [Theory]
    [InlineData("ana", 900, 0)]
    [InlineData("bo", 750, 0)]
    [InlineData("chidi", 600, 400)]
    [InlineData("dana", 1050, 0)]
    [InlineData("emeka", 450, 0)]
    public void MoneyBalances_OverTheQuarter_AreWhatEachPaidInAndGotBack(string person, int given, int received)
    {
        var balance = Balance(Quarter(), "person/" + person, s_euro);
        Assert.Equal(given, balance.Given);
        Assert.Equal(received, balance.Received);
        Assert.Equal(given - received, balance.Net);
    }

    [Theory]
    [InlineData("ana", 10 + 12 + 8)]
    [InlineData("bo", 20 + 20 + 20)]
    [InlineData("chidi", 16 + 18 + 14)]
    [InlineData("dana", 6 + 8 + 6)]
    [InlineData("emeka", 25 + 30 + 25)]
    public void HoursGiven_OverTheQuarter_AreEachPersonsLoggedWork(string person, int hours) =>
        Assert.Equal(hours, Balance(Quarter(), "person/" + person, s_hour).Given);

    [Fact]
    public void Crew_OverTheQuarter_ReceivedEveryPaymentAndPaidTheDentistAndTheInsurer()
    {
        var report = Quarter();
        var crew = Balance(report, "organization/crust", s_euro);
        Assert.Equal((300 + 250 + 200 + 350 + 150) * 3, crew.Received);
        Assert.Equal(400 + 600, crew.Given);
        Assert.Equal(238, Balance(report, "organization/crust", s_hour).Received);
        var chidiToCrew = Assert.Single(report.Flows, f => f.Provider == LoadedSamples.Id("person/chidi") && f.Receiver == LoadedSamples.Id("organization/crust") && f.Unit == s_euro);
        Assert.Equal(600, chidiToCrew.Quantity);
        Assert.Equal(3, chidiToCrew.EventCount);
        Assert.Equal("transfer", chidiToCrew.Action);
    }

    [Fact]
    public void February_Alone_CountsOnlyThatMonthsPaymentsAndTheDentalBill()
    {
        var february = Compute(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var chidi = Balance(february, "person/chidi", s_euro);
        Assert.Equal(200, chidi.Given);
        Assert.Equal(400, chidi.Received);
        Assert.Equal(-200, chidi.Net);
        Assert.Equal(18, Balance(february, "person/chidi", s_hour).Given);
    }

    private NetFlowReport Quarter() =>
        Compute(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

    private NetFlowReport Compute(DateTimeOffset from, DateTimeOffset to)
    {
        var crew = new HashSet<Iri>(new[] { "ana", "bo", "chidi", "dana", "emeka" }.Select(p => LoadedSamples.Id("person/" + p)))
        {
            LoadedSamples.Id("organization/crust"),
        };
        using var read = samples.Ledger.OpenRead();
        return NetFlows.Compute(read, new NetFlowQuery(crew, from, to));
    }

    private static AgentBalance Balance(NetFlowReport report, string agent, Iri unit) =>
        Assert.Single(report.Balances, b => b.Agent == LoadedSamples.Id(agent) && b.Unit == unit);
}
