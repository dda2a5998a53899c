using ValueFlows.Core.Events;
using ValueFlows.Core.Flows;
using ValueFlows.Core.Model;
using ValueFlows.Core.Trace;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.Derived;

/// <summary>
/// Correcting a recorded event (DECISIONS 15): events are never deleted or changed; a new event with <c>corrects</c>
/// takes the corrected one's effects back, and derived views treat the pair as cancelled.
/// </summary>
public sealed class CorrectionTests : IDisposable
{
    private readonly Story _story = new();
    private readonly Iri _ann;
    private readonly Iri _bob;
    private readonly Iri _money;
    private readonly Iri _annsWallet;
    private readonly Iri _bobsWallet;

    public CorrectionTests()
    {
        _ann = _story.Person("Ann");
        _bob = _story.Person("Bob");
        _money = _story.Spec("Euro");
        _annsWallet = _story.Raise(_ann, _money, 500, Story.Euro, "Ann's wallet");
        _bobsWallet = _story.Raise(_bob, _money, 20, Story.Euro, "Bob's wallet");
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Record_CorrectionOfATransfer_PutsBothQuantitiesBack()
    {
        var wrong = Pay(900);

        var correction = _story.Event("transfer", _ann, _bob, Of("corrects", wrong));

        Assert.Equal(new VfMeasure(500, Story.Euro), _story.Get(_annsWallet).GetMeasure("accountingQuantity"));
        Assert.Equal(new VfMeasure(20, Story.Euro), _story.Get(_bobsWallet).GetMeasure("onhandQuantity"));
        Assert.Equal(wrong, correction.Event.GetIri("corrects"));
        Assert.Equal(new VfMeasure(900, Story.Euro), correction.Event.GetMeasure("resourceQuantity"));
        Assert.Equal(_annsWallet, correction.Event.GetIri("resourceInventoriedAs"));
        Assert.Equal([_annsWallet, _bobsWallet], correction.ChangedResources.Select(r => r.Id));
    }

    [Fact]
    public void Record_CorrectionOfAProduceIntoANewResource_BringsTheResourceBackToZero()
    {
        var process = _story.Process("Baking");
        var bread = _story.Spec("Bread");
        var produced = _story.EventWithNew("produce", _ann, _ann, "Loaves", Of("outputOf", process), Of("resourceConformsTo", bread), Quantity(12, Story.One));

        _story.Event("produce", _ann, _ann, Of("corrects", produced.Event.Id));

        Assert.Equal(new VfMeasure(0, Story.One), _story.Get(produced.NewInventoriedResource!.Id).GetMeasure("accountingQuantity"));
    }

    [Fact]
    public void Record_CorrectionAfterLaterEvents_TakesBackOnlyTheCorrectedAmount()
    {
        var wrong = Pay(900);
        Pay(100);

        _story.Event("transfer", _ann, _bob, Of("corrects", wrong), Quantity(900, Story.Euro));

        Assert.Equal(new VfMeasure(400, Story.Euro), _story.Get(_annsWallet).GetMeasure("accountingQuantity"));
        Assert.Equal(new VfMeasure(120, Story.Euro), _story.Get(_bobsWallet).GetMeasure("accountingQuantity"));
    }

    [Fact]
    public void Record_CorrectingAMissingEvent_IsNotFoundNamingCorrects()
    {
        var error = Assert.Throws<VfDomainException>(() =>
            _story.Event("transfer", _ann, _bob, Of("corrects", Iri.Create("https://crew.example/economicEvent/none"))));

        Assert.Equal((VfErrorCode.NotFound, EventFields.Corrects), (error.Code, error.Field));
    }

    [Fact]
    public void Record_CorrectingACorrection_IsRefused()
    {
        var correction = _story.Event("transfer", _ann, _bob, Of("corrects", Pay(900))).Event.Id;

        var error = Assert.Throws<VfDomainException>(() => _story.Event("transfer", _ann, _bob, Of("corrects", correction)));

        Assert.Equal((VfErrorCode.BadUserInput, EventFields.Corrects), (error.Code, error.Field));
    }

    [Fact]
    public void Record_CorrectingTwice_IsAConflict()
    {
        var wrong = Pay(900);
        _story.Event("transfer", _ann, _bob, Of("corrects", wrong));

        var error = Assert.Throws<VfDomainException>(() => _story.Event("transfer", _ann, _bob, Of("corrects", wrong)));

        Assert.Equal((VfErrorCode.Conflict, EventFields.Corrects), (error.Code, error.Field));
        Assert.Equal(new VfMeasure(500, Story.Euro), _story.Get(_annsWallet).GetMeasure("accountingQuantity"));
    }

    [Fact]
    public void Record_CorrectionWithAnotherAction_IsRefused()
    {
        var wrong = Pay(900);

        var error = Assert.Throws<VfDomainException>(() => _story.Event("transferCustody", _ann, _bob, Of("corrects", wrong)));

        Assert.Equal((VfErrorCode.BadUserInput, EventFields.Corrects), (error.Code, error.Field));
    }

    [Fact]
    public void Record_CorrectionWithAnotherQuantityOrANewResource_IsRefused()
    {
        var wrong = Pay(900);

        var quantity = Assert.Throws<VfDomainException>(() => _story.Event("transfer", _ann, _bob, Of("corrects", wrong), Quantity(90, Story.Euro)));
        var created = Assert.Throws<VfDomainException>(() => _story.EventWithNew("transfer", _ann, _bob, "new", Of("corrects", wrong)));

        Assert.Equal("event.resourceQuantity", quantity.Field);
        Assert.Equal(EventFields.NewInventoriedResource, created.Field);
        Assert.Equal(new VfMeasure(-400, Story.Euro), _story.Get(_annsWallet).GetMeasure("accountingQuantity"));
    }

    [Fact]
    public void DerivedViews_CorrectionPair_AreCancelled()
    {
        var kept = Pay(100);
        var wrong = Pay(900);
        var correction = _story.Event("transfer", _ann, _bob, Of("corrects", wrong)).Event.Id;
        using var read = _story.Read();

        Assert.Equal([kept], TrackTrace.Next(read, _annsWallet).Select(s => s.Id));
        Assert.Contains(TrackTrace.Previous(read, _bobsWallet), s => s.Id == kept);
        Assert.DoesNotContain(TrackTrace.Trace(read, _bobsWallet), s => s.Id == wrong || s.Id == correction);
        var flow = Assert.Single(NetFlows.Compute(read, new NetFlowQuery(null, null, null)).Flows);
        Assert.Equal((100m, 1), (flow.Quantity, flow.EventCount));
    }

    private Iri Pay(decimal amount) =>
        _story.Event("transfer", _ann, _bob, Of("resourceInventoriedAs", _annsWallet), Of("toResourceInventoriedAs", _bobsWallet), Quantity(amount, Story.Euro)).Event.Id;
}
