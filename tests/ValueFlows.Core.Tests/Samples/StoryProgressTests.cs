using ValueFlows.Core.Derived;

namespace ValueFlows.Core.Tests.Samples;

/// <summary>Commitments and intents of the stories, as the derived-state reader sees them after loading through Core.</summary>
public sealed class StoryProgressTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    [Theory]
    [InlineData("ana", 300 * 3)]
    [InlineData("bo", 250 * 3)]
    [InlineData("chidi", 200 * 3)]
    [InlineData("dana", 350 * 3)]
    [InlineData("emeka", 150 * 3)]
    public void CrewCommitments_AfterThreeMonthlyPayments_AreFulfilled(string person, int quarter)
    {
        using var read = samples.Ledger.OpenRead();
        var progress = new VfDerivedReader(read).GetCommitmentProgress(LoadedSamples.Id("commitment/pot-" + person));

        Assert.Equal(quarter, progress.DeliveredResourceQuantity?.NumericalValue);
        Assert.Equal(0, progress.RemainingResourceQuantity?.NumericalValue);
        Assert.Equal(3, progress.DeliveredBy.Count);
        Assert.True(progress.Finished);
    }

    [Fact]
    public void ShopOrder_DeliveredInFull_IsFinished()
    {
        using var read = samples.Ledger.OpenRead();
        var progress = new VfDerivedReader(read).GetCommitmentProgress(LoadedSamples.Id("commitment/pantry-order"));

        Assert.True(progress.Finished);
        Assert.Equal([LoadedSamples.Id("economicEvent/order-sold")], progress.DeliveredBy);
    }

    [Theory]
    [InlineData("intent/tiller-offer", "economicEvent/lend-rototiller")]
    [InlineData("intent/tiller-return", "economicEvent/planting-help")]
    public void RototillerProposal_BothIntents_AreSatisfied(string intent, string byEvent)
    {
        using var read = samples.Ledger.OpenRead();
        var progress = new VfDerivedReader(read).GetIntentProgress(LoadedSamples.Id(intent));

        Assert.True(progress.Finished);
        Assert.Equal([LoadedSamples.Id(byEvent)], progress.DeliveredBy);
    }
}
