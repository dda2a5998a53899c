using ValueFlows.Core.Flows;
using ValueFlows.Core.Tests.Derived;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.Flows;

/// <summary>
/// A crew of four (Ann, Bob, Cat, Dan) pooling money and time in November: who gave what to whom, and whether
/// reciprocity held. An outsider (the employer) pays Ann; December is outside the period; Ann's mistyped payment to Dan
/// is corrected.
/// </summary>
public sealed class NetFlowsTests : IDisposable
{
    private static readonly DateTimeOffset s_november = Story.Day(11, 1);
    private static readonly DateTimeOffset s_december = Story.Day(12, 1);

    private readonly Story _story = new();
    private readonly Iri _ann;
    private readonly Iri _bob;
    private readonly Iri _cat;
    private readonly Iri _dan;
    private readonly Iri _employer;
    private readonly Iri _money;
    private readonly Iri _labour;
    private readonly HashSet<Iri> _crew;
    private readonly Dictionary<Iri, Iri> _wallets = [];
    private readonly Iri _mistake;

    public NetFlowsTests()
    {
        _ann = _story.Person("Ann");
        _bob = _story.Person("Bob");
        _cat = _story.Person("Cat");
        _dan = _story.Person("Dan");
        _employer = _story.Person("Employer");
        _crew = [_ann, _bob, _cat, _dan];
        _money = _story.Spec("Euro");
        _labour = _story.Spec("Care work");
        foreach (var agent in new[] { _ann, _bob, _cat, _dan, _employer })
        {
            _wallets[agent] = _story.Raise(agent, _money, 1000, Story.Euro, "wallet");
        }

        Pay(_employer, _ann, 2000, Story.Day(11, 1));
        Pay(_ann, _bob, 300, Story.Day(11, 3));
        Pay(_ann, _cat, 300, Story.Day(11, 3));
        Pay(_bob, _cat, 50, Story.Day(11, 10));
        Pay(_cat, _ann, 30, Story.Day(11, 20));
        Pay(_ann, _bob, 70, Story.Day(11, 28));
        Pay(_ann, _bob, 500, Story.Day(12, 1));
        _mistake = Pay(_ann, _dan, 999, Story.Day(11, 15));
        _story.Event("transfer", _ann, _dan, Of("corrects", _mistake), At(Story.Day(11, 16)));
        Work(_dan, _ann, 10, Story.Day(11, 5));
        Work(_dan, _bob, 4, Story.Day(11, 6));
        Work(_bob, _dan, 6, Story.Day(11, 12));
        _story.Event("work", _cat, _cat, Of("resourceConformsTo", _labour), Effort(8, Story.Hour), At(Story.Day(11, 7)));
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Compute_CrewInNovember_SumsEachPairsFlowsPerActionSpecificationAndUnit()
    {
        var report = Compute(_crew);

        Assert.Equal(
            [
                (_ann, _bob, "transfer", 370m, 2),
                (_ann, _cat, "transfer", 300m, 1),
                (_bob, _cat, "transfer", 50m, 1),
                (_bob, _dan, "work", 6m, 1),
                (_cat, _ann, "transfer", 30m, 1),
                (_dan, _ann, "work", 10m, 1),
                (_dan, _bob, "work", 4m, 1),
                (_employer, _ann, "transfer", 2000m, 1),
            ],
            report.Flows.OrderBy(f => Name(f.Provider)).ThenBy(f => Name(f.Receiver)).Select(f => (f.Provider, f.Receiver, f.Action, f.Quantity, f.EventCount)));
        Assert.All(report.Flows.Where(f => f.Action == "transfer"), f => Assert.Equal((_money, Story.Euro), (f.ResourceConformsTo!, f.Unit)));
        Assert.All(report.Flows.Where(f => f.Action == "work"), f => Assert.Equal((_labour, Story.Hour), (f.ResourceConformsTo!, f.Unit)));
    }

    [Fact]
    public void Compute_CrewInNovember_BalancesShowWhoGaveMoreThanTheyReceived()
    {
        var report = Compute(_crew);

        Assert.DoesNotContain(report.Balances, b => b.Agent == _employer);
        Assert.Equal((670m, 2030m, -1360m), Balance(report, _ann, Story.Euro));
        Assert.Equal((50m, 370m, -320m), Balance(report, _bob, Story.Euro));
        Assert.Equal((30m, 350m, -320m), Balance(report, _cat, Story.Euro));
        Assert.Equal((14m, 6m, 8m), Balance(report, _dan, Story.Hour));
        Assert.Equal((6m, 4m, 2m), Balance(report, _bob, Story.Hour));
        Assert.Equal((0m, 10m, -10m), Balance(report, _ann, Story.Hour));
        Assert.Equal(0m, report.Balances.Where(b => b.Unit == Story.Hour).Sum(b => b.Net));
    }

    [Fact]
    public void Compute_OpenPeriodForEveryone_IncludesDecemberAndTheEmployer()
    {
        using var read = _story.Read();

        var report = NetFlows.Compute(read, new NetFlowQuery(null, null, null));

        Assert.Equal(870m, report.Flows.Single(f => f.Provider == _ann && f.Receiver == _bob).Quantity);
        Assert.Equal((2000m, 0m, 2000m), Balance(report, _employer, Story.Euro));
    }

    [Fact]
    public void Compute_CorrectedPayment_NetsOutWithItsCorrection()
    {
        var report = Compute(_crew);

        Assert.DoesNotContain(report.Flows, f => f.Provider == _ann && f.Receiver == _dan);
        Assert.DoesNotContain(report.Balances, b => b.Agent == _dan && b.Unit == Story.Euro);
        Assert.Equal(new ValueFlows.Core.Model.VfMeasure(1000, Story.Euro), _story.Get(_wallets[_dan]).GetMeasure("accountingQuantity"));
        Assert.NotNull(_story.Get(_mistake));
    }

    [Fact]
    public void Compute_PeriodEnd_IsExclusive()
    {
        using var read = _story.Read();

        var report = NetFlows.Compute(read, new NetFlowQuery(_crew, s_november, Story.Day(11, 28)));

        Assert.Equal(300m, report.Flows.Single(f => f.Provider == _ann && f.Receiver == _bob).Quantity);
    }

    [Fact]
    public void Compute_EventsWithTheSameProviderAndReceiver_AreNotFlows()
    {
        var report = Compute(_crew);

        Assert.DoesNotContain(report.Flows, f => f.Provider == f.Receiver);
        Assert.DoesNotContain(report.Flows, f => f.Action == "raise");
    }

    private NetFlowReport Compute(IReadOnlySet<Iri> agents)
    {
        using var read = _story.Read();
        return NetFlows.Compute(read, new NetFlowQuery(agents, s_november, s_december));
    }

    private static (decimal Given, decimal Received, decimal Net) Balance(NetFlowReport report, Iri agent, Iri unit)
    {
        var balance = report.Balances.Single(b => b.Agent == agent && b.Unit == unit);
        return (balance.Given, balance.Received, balance.Net);
    }

    private string Name(Iri agent) => _story.Get(agent).GetString("name")!;

    private Iri Pay(Iri from, Iri to, decimal amount, DateTimeOffset when) =>
        _story.Event("transfer", from, to, Of("resourceInventoriedAs", _wallets[from]), Of("toResourceInventoriedAs", _wallets[to]), Quantity(amount, Story.Euro), At(when)).Event.Id;

    private void Work(Iri worker, Iri beneficiary, decimal hours, DateTimeOffset when) =>
        _story.Event("work", worker, beneficiary, Of("resourceConformsTo", _labour), Effort(hours, Story.Hour), At(when));
}
