using ValueFlows.Core.Tests.Derived;
using ValueFlows.Core.Trace;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.Trace;

/// <summary>
/// VF track and trace over an orchard → cider press → shop chain: apples are harvested, pressed (consumed, with work and
/// the use of a press) into cider, and cider is transferred to the shop.
/// </summary>
public sealed class TrackTraceTests : IDisposable
{
    private readonly Story _story = new();
    private readonly Iri _ann;
    private readonly Iri _bob;
    private readonly Iri _shop;
    private readonly Iri _harvest;
    private readonly Iri _pressing;
    private readonly Iri _apples;
    private readonly Iri _press;
    private readonly Iri _cider;
    private readonly Iri _shopCider;
    private readonly Iri _pick;
    private readonly Iri _raisePress;
    private readonly Iri _consume;
    private readonly Iri _work;
    private readonly Iri _use;
    private readonly Iri _produceCider;
    private readonly Iri _sell;

    public TrackTraceTests()
    {
        _ann = _story.Person("Ann");
        _bob = _story.Person("Bob");
        _shop = _story.Person("Shop");
        var apple = _story.Spec("Apple");
        var ciderSpec = _story.Spec("Cider");
        var pressSpec = _story.Spec("Cider press");
        _harvest = _story.Process("Harvest");
        _pressing = _story.Process("Pressing");

        _raisePress = Raise(out _press, _bob, pressSpec, 1, Story.One);
        var pick = _story.EventWithNew("produce", _ann, _ann, "Apples", Of("outputOf", _harvest), Of("resourceConformsTo", apple), Quantity(100, Story.Kilogram));
        _pick = pick.Event.Id;
        _apples = pick.NewInventoriedResource!.Id;
        _consume = _story.Event("consume", _ann, _bob, Of("inputOf", _pressing), Of("resourceInventoriedAs", _apples), Quantity(60, Story.Kilogram)).Event.Id;
        _work = _story.Event("work", _bob, _bob, Of("inputOf", _pressing), Effort(3, Story.Hour)).Event.Id;
        _use = _story.Event("use", _bob, _bob, Of("inputOf", _pressing), Of("resourceInventoriedAs", _press), Effort(3, Story.Hour)).Event.Id;
        var produce = _story.EventWithNew("produce", _bob, _bob, "Cider", Of("outputOf", _pressing), Of("resourceConformsTo", ciderSpec), Quantity(40, Story.Litre));
        _produceCider = produce.Event.Id;
        _cider = produce.NewInventoriedResource!.Id;
        var sell = _story.EventWithNew("transfer", _bob, _shop, "Cider at the shop", Of("resourceInventoriedAs", _cider), Quantity(10, Story.Litre));
        _sell = sell.Event.Id;
        _shopCider = sell.NewInventoriedResource!.Id;
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Trace_CiderAtTheShop_FollowsTheChainBackToTheOrchardNearestFirst()
    {
        using var read = _story.Read();

        var steps = TrackTrace.Trace(read, _shopCider);

        Assert.Equal(
            [
                (_sell, "EconomicEvent", 1),
                (_cider, "EconomicResource", 2),
                (_produceCider, "EconomicEvent", 3),
                (_pressing, "Process", 4),
                (_consume, "EconomicEvent", 5),
                (_work, "EconomicEvent", 5),
                (_use, "EconomicEvent", 5),
                (_apples, "EconomicResource", 6),
                (_press, "EconomicResource", 6),
                (_pick, "EconomicEvent", 7),
                (_raisePress, "EconomicEvent", 7),
                (_harvest, "Process", 8),
            ],
            steps.Select(s => (s.Id, s.RecordType, s.Depth)));
    }

    [Fact]
    public void Track_Apples_FollowsThemIntoTheCiderAndToTheShop()
    {
        using var read = _story.Read();

        var steps = TrackTrace.Track(read, _apples);

        Assert.Equal([_consume, _pressing, _produceCider, _cider, _sell, _shopCider], steps.Select(s => s.Id));
        Assert.Equal([1, 2, 3, 4, 5, 6], steps.Select(s => s.Depth));
    }

    [Fact]
    public void Track_FromAProcess_StartsWithItsOutputs()
    {
        using var read = _story.Read();

        Assert.Equal([_produceCider, _cider, _sell, _shopCider], TrackTrace.Track(read, _pressing).Select(s => s.Id));
        Assert.Equal([_consume, _work, _use, _apples, _press, _pick, _raisePress, _harvest], TrackTrace.Trace(read, _pressing).Select(s => s.Id));
    }

    [Fact]
    public void Trace_WithADepthLimit_StopsAtThatDepth()
    {
        using var read = _story.Read();

        Assert.Equal([_sell, _cider], TrackTrace.Trace(read, _shopCider, maxDepth: 2).Select(s => s.Id));
        Assert.Empty(TrackTrace.Trace(read, _shopCider, maxDepth: 0));
    }

    [Fact]
    public void PreviousAndNext_OfEachKind_AreOneStep()
    {
        using var read = _story.Read();

        Assert.Equal([_sell], TrackTrace.Next(read, _cider).Select(s => s.Id));
        Assert.Equal([_produceCider], TrackTrace.Previous(read, _cider).Select(s => s.Id));
        Assert.Equal([_cider], TrackTrace.Previous(read, _sell).Select(s => s.Id));
        Assert.Equal([_shopCider], TrackTrace.Next(read, _sell).Select(s => s.Id));
        Assert.Equal([_pressing], TrackTrace.Next(read, _consume).Select(s => s.Id));
        Assert.Equal([_apples], TrackTrace.Previous(read, _consume).Select(s => s.Id));
        Assert.Equal([_consume, _work, _use], TrackTrace.Previous(read, _pressing).Select(s => s.Id));
        Assert.Equal([_produceCider], TrackTrace.Next(read, _pressing).Select(s => s.Id));
        Assert.All(TrackTrace.Previous(read, _pressing), s => Assert.Equal(1, s.Depth));
        Assert.Empty(TrackTrace.Previous(read, _raisePress));
    }

    [Fact]
    public void Track_RepairLoopBackIntoTheSameResource_VisitsEachNodeOnce()
    {
        var carl = _story.Person("Carl");
        var bikeSpec = _story.Spec("Bike");
        Raise(out var bike, carl, bikeSpec, 1, Story.One);
        var repair = _story.Process("Repair");
        var accept = _story.Event("accept", carl, _bob, Of("inputOf", repair), Of("resourceInventoriedAs", bike), Quantity(1, Story.One)).Event.Id;
        var modify = _story.Event("modify", _bob, carl, Of("outputOf", repair), Of("resourceInventoriedAs", bike), Quantity(1, Story.One)).Event.Id;
        var again = _story.Process("Second repair");
        var accept2 = _story.Event("accept", carl, _bob, Of("inputOf", again), Of("resourceInventoriedAs", bike), Quantity(1, Story.One)).Event.Id;
        using var read = _story.Read();

        var steps = TrackTrace.Track(read, repair);

        // repair → modify → bike → (accept into repair: already seen) accept2 → second repair.
        Assert.Equal([modify, bike, accept, accept2, again], steps.Select(s => s.Id));
        Assert.Equal(steps.Count, steps.Select(s => s.Id).Distinct().Count());
        Assert.DoesNotContain(steps, s => s.Id == repair);
    }

    [Fact]
    public void Track_UnknownStart_IsNotFound()
    {
        using var read = _story.Read();

        var error = Assert.Throws<VfDomainException>(() => TrackTrace.Track(read, Iri.Create("https://crew.example/economicResource/none")));

        Assert.Equal(VfErrorCode.NotFound, error.Code);
        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void Trace_FromAnAgentOrWithANegativeDepth_IsRefused()
    {
        using var read = _story.Read();

        Assert.Equal(VfErrorCode.BadUserInput, Assert.Throws<VfDomainException>(() => TrackTrace.Trace(read, _ann)).Code);
        Assert.Equal("maxDepth", Assert.Throws<VfDomainException>(() => TrackTrace.Trace(read, _cider, -1)).Field);
    }

    private Iri Raise(out Iri resource, Iri agent, Iri spec, decimal amount, Iri unit)
    {
        var raised = _story.EventWithNew("raise", agent, agent, "stock", Of("resourceConformsTo", spec), Quantity(amount, unit));
        resource = raised.NewInventoriedResource!.Id;
        return raised.Event.Id;
    }
}
