using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.Derived;

/// <summary>
/// Commitments, intents and claims are realized by events: fulfilment, satisfaction and settlement, counted in the
/// planned flow's unit; <c>finished</c> is the stored flag or full realization (the stored flag is never forced).
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private readonly CoopWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void GetCommitmentProgress_FullyFulfilledWork_IsFinishedWithNothingRemaining()
    {
        var progress = Reader(r => r.GetCommitmentProgress(_w.PickingCommitment));

        Assert.Equal(new VfMeasure(4, Story.Hour), progress.EffortQuantity);
        Assert.Equal(new VfMeasure(4, Story.Hour), progress.DeliveredEffortQuantity);
        Assert.Equal(new VfMeasure(0, Story.Hour), progress.RemainingEffortQuantity);
        Assert.Equal([_w.AnnWorks], progress.DeliveredBy);
        Assert.True(progress.Finished);
        Assert.Null(progress.StoredFinished);
        Assert.Null(_w.Story.Get(_w.PickingCommitment).GetBoolean("finished"));
    }

    [Fact]
    public void GetCommitmentProgress_PartlyFulfilledSale_ShowsWhatRemains()
    {
        var progress = Reader(r => r.GetCommitmentProgress(_w.SaleCommitment));

        Assert.Equal(new VfMeasure(6, Story.Kilogram), progress.DeliveredResourceQuantity);
        Assert.Equal(new VfMeasure(4, Story.Kilogram), progress.RemainingResourceQuantity);
        Assert.Null(progress.RemainingEffortQuantity);
        Assert.False(progress.Finished);
    }

    [Fact]
    public void GetCommitmentProgress_SecondFulfilmentWithItsOwnQuantity_CompletesTheSale()
    {
        _w.Story.Create("Fulfillment", Of("fulfilledBy", _w.Gift), Of("fulfills", _w.SaleCommitment), Quantity(4, Story.Kilogram));

        var progress = Reader(r => r.GetCommitmentProgress(_w.SaleCommitment));

        // The gift event moved 1 kg, but the fulfilment says it counts for 4 kg of the commitment.
        Assert.Equal(new VfMeasure(10, Story.Kilogram), progress.DeliveredResourceQuantity);
        Assert.True(progress.Finished);
        Assert.Equal([_w.Sold, _w.Gift], progress.DeliveredBy);
    }

    [Fact]
    public void GetCommitmentProgress_StoredFinishedWithoutEvents_IsFinished()
    {
        var done = _w.Story.Create("Commitment", ("action", VfValue.Of("work")), Of("provider", _w.Bob), Of("receiver", _w.Coop),
            Effort(8, Story.Hour), ("finished", VfValue.Of(true)));

        var progress = Reader(r => r.GetCommitmentProgress(done));

        Assert.True(progress.Finished);
        Assert.Equal(true, progress.StoredFinished);
        Assert.Equal(new VfMeasure(8, Story.Hour), progress.RemainingEffortQuantity);
        Assert.Empty(progress.DeliveredBy);
    }

    [Fact]
    public void GetCommitmentProgress_VfOneDirectLinkOnly_CountsTheEventsQuantity()
    {
        var commitment = _w.Story.Create("Commitment", ("action", VfValue.Of("work")), Of("provider", _w.Bob), Of("receiver", _w.Coop), Effort(3, Story.Hour));
        using (var write = _w.Story.Ledger.Store.BeginWrite())
        {
            write.Add(new Quad(_w.BobWorks, Iri.Create(VfNamespaces.Vf + "fulfills"), commitment));
            write.Commit();
        }

        var progress = Reader(r => r.GetCommitmentProgress(commitment));

        Assert.Equal(new VfMeasure(2, Story.Hour), progress.DeliveredEffortQuantity);
        Assert.Equal(new VfMeasure(1, Story.Hour), progress.RemainingEffortQuantity);
        Assert.False(progress.Finished);
    }

    [Fact]
    public void GetCommitmentProgress_CorrectedFulfillingEvent_NoLongerCounts()
    {
        _w.Story.Event("work", _w.Ann, _w.Coop, Of("corrects", _w.AnnWorks));

        var progress = Reader(r => r.GetCommitmentProgress(_w.PickingCommitment));

        Assert.Null(progress.DeliveredEffortQuantity);
        Assert.Equal(new VfMeasure(4, Story.Hour), progress.RemainingEffortQuantity);
        Assert.False(progress.Finished);
    }

    [Fact]
    public void GetIntentProgress_SatisfiedInPart_ShowsWhatRemains()
    {
        var progress = Reader(r => r.GetIntentProgress(_w.WantedApples));

        Assert.Equal(new VfMeasure(4, Story.Kilogram), progress.RemainingResourceQuantity);
        Assert.Equal([_w.Sold], progress.DeliveredBy);
        Assert.False(progress.Finished);
    }

    [Fact]
    public void GetClaimProgress_SettledInFull_IsFinished()
    {
        var progress = Reader(r => r.GetClaimProgress(_w.Claim));

        Assert.Equal(new VfMeasure(12, Story.Euro), progress.DeliveredResourceQuantity);
        Assert.True(progress.Finished);
    }

    [Fact]
    public void GetProgress_OfAnotherKindOfRecord_IsNotFound()
    {
        var error = Assert.Throws<VfDomainException>(() => Reader(r => r.GetCommitmentProgress(_w.WantedApples)));

        Assert.Equal((VfErrorCode.NotFound, "id"), (error.Code, error.Field));
    }

    [Fact]
    public void IsProcessFinished_IsTheStoredFlag()
    {
        var done = _w.Story.Process("Cleaning", ("finished", VfValue.Of(true)));

        Assert.True(Reader(r => r.IsProcessFinished(done)));
        Assert.False(Reader(r => r.IsProcessFinished(_w.Pick)));
    }

    private T Reader<T>(Func<VfDerivedReader, T> ask)
    {
        using var read = _w.Story.Read();
        return ask(new VfDerivedReader(read));
    }
}
