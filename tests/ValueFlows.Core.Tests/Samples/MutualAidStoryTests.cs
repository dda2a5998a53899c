namespace ValueFlows.Core.Tests.Samples;

/// <summary>
/// mutual-aid.ttl: Harbour Makers lend their drill to Linden Street (and get it back) and their tile saw to Hilltop (still
/// there at the end); Hilltop lends its rototiller to Linden Street for a week in return for planting help.
/// </summary>
public sealed class MutualAidStoryTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    [Theory]
    [InlineData("economicResource/drill", 1, "spatialThing/harbour-workshop")]
    [InlineData("economicResource/drill-at-linden", 0, "spatialThing/linden-garage")]
    [InlineData("economicResource/rototiller", 1, "spatialThing/hilltop-shed")]
    [InlineData("economicResource/rototiller-at-linden", 0, "spatialThing/linden-garage")]
    [InlineData("economicResource/tile-saw", 0, "spatialThing/harbour-workshop")]
    [InlineData("economicResource/tile-saw-at-hilltop", 1, "spatialThing/hilltop-shed")]
    public void Tools_AtTheEndOfMarch_AreHeldWhereTheStoryLeftThem(string tool, int onhand, string place)
    {
        var resource = samples.Get(tool);
        Assert.Equal(onhand, resource.GetMeasure("onhandQuantity")?.NumericalValue);
        Assert.Equal(LoadedSamples.Id(place), resource.GetIri("currentLocation"));
    }

    [Theory]
    [InlineData("economicResource/drill", "organization/harbour")]
    [InlineData("economicResource/drill-at-linden", "organization/harbour")]
    [InlineData("economicResource/tile-saw-at-hilltop", "organization/harbour")]
    [InlineData("economicResource/rototiller-at-linden", "organization/hilltop")]
    public void LentTools_StayTheirOwnersToAccountFor(string tool, string owner) =>
        Assert.Equal(LoadedSamples.Id(owner), samples.Get(tool).GetIri("primaryAccountable"));

    [Fact]
    public void OwnedTools_KeepTheirOneUnitOnTheOwnersBooks()
    {
        Assert.Equal(1, samples.Quantity("economicResource/drill", "accountingQuantity"));
        Assert.Equal(1, samples.Quantity("economicResource/tile-saw", "accountingQuantity"));
        Assert.Equal(1, samples.Quantity("economicResource/rototiller", "accountingQuantity"));
    }

    [Fact]
    public void Proposal_BothIntents_AreSatisfiedByTheLoanAndThePlantingHelp()
    {
        Assert.Equal(LoadedSamples.Id("economicEvent/lend-rototiller"), samples.Get("satisfaction/tiller-offer").GetIri("satisfiedBy"));
        Assert.Equal(LoadedSamples.Id("economicEvent/planting-help"), samples.Get("satisfaction/tiller-return").GetIri("satisfiedBy"));
        Assert.Equal(true, samples.Get("proposedIntent/tiller-return").GetBoolean("reciprocal"));
        Assert.Equal(LoadedSamples.Id("organization/eastside"), samples.Get("proposedTo/tiller-eastside").GetIri("proposedTo"));
    }
}
