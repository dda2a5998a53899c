namespace ValueFlows.Core.Tests.Samples;

/// <summary>
/// bakery-crew.ttl: five people pay 300, 250, 200, 350 and 150 euro a month into the crew's pot for three months
/// (3,750 in all); the pot pays Chidi's 400-euro dental bill and the van's 600-euro insurance.
/// </summary>
public sealed class CrewPoolStoryTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    private const decimal PaidIn = (300 + 250 + 200 + 350 + 150) * 3;
    private const decimal PaidOut = 400 + 600;

    [Fact]
    public void SharedPot_AfterTheQuarter_HoldsWhatWasPaidInLessWhatItPaid()
    {
        Assert.Equal(PaidIn - PaidOut, samples.Quantity("economicResource/pot", "accountingQuantity"));
        Assert.Equal(PaidIn - PaidOut, samples.Quantity("economicResource/pot", "onhandQuantity"));
    }

    [Fact]
    public void SharedPot_CreatedByTheFirstTransferIn_IsTheCrews()
    {
        var pot = samples.Get("economicResource/pot");
        Assert.Equal(LoadedSamples.Id("organization/crust"), pot.GetIri("primaryAccountable"));
        Assert.Equal(LoadedSamples.Id("economicResource/pot"), samples.Get("economicEvent/jan-pot-ana").GetIri("toResourceInventoriedAs"));
        Assert.Equal("CC-POT-2026", pot.GetString("trackingIdentifier"));
    }

    [Fact]
    public void Fulfillments_OfEachPersonsCommitment_AreRecordedWithTheTransfers()
    {
        var fulfillment = samples.Get("fulfillment/mar-pot-dana");
        Assert.Equal(LoadedSamples.Id("commitment/pot-dana"), fulfillment.GetIri("fulfills"));
        Assert.Equal(LoadedSamples.Id("economicEvent/mar-pot-dana"), fulfillment.GetIri("fulfilledBy"));
        Assert.Equal((5 * 3) + 1, samples.Report.Created["Fulfillment"]); // the crew's fifteen and the shop's order
    }
}
