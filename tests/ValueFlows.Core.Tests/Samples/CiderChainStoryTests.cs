namespace ValueFlows.Core.Tests.Samples;

/// <summary>
/// cider-chain.ttl: 600 kg picked, 500 kg sold to the press, 480 kg pressed into 300 bottles, 120 bottles sold to the shop
/// and driven there, 2 bought by Ruth.
/// </summary>
public sealed class CiderChainStoryTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    [Theory]
    [InlineData("economicResource/orchard-apples", 600 - 500)]
    [InlineData("economicResource/press-apples", 500 - 480)]
    [InlineData("economicResource/bottles", 300 - 120)]
    [InlineData("economicResource/pantry-cider", 120 - 2)]
    [InlineData("economicResource/ruth-cider", 2)]
    public void Stock_AfterRuthsPurchase_IsWhatTheEventsLeave(string resource, int expected)
    {
        Assert.Equal(expected, samples.Quantity(resource, "accountingQuantity"));
        Assert.Equal(expected, samples.Quantity(resource, "onhandQuantity"));
    }

    [Theory]
    [InlineData("economicResource/orchard-apples", "organization/applewood")]
    [InlineData("economicResource/press-apples", "organization/millrace")]
    [InlineData("economicResource/bottles", "organization/millrace")]
    [InlineData("economicResource/pantry-cider", "organization/pantry")]
    [InlineData("economicResource/ruth-cider", "person/ruth")]
    public void Ownership_FollowsTheTransfers(string resource, string owner) =>
        Assert.Equal(LoadedSamples.Id(owner), samples.Get(resource).GetIri("primaryAccountable"));

    [Fact]
    public void ShopsCider_AfterTheVanRun_IsAtTheShopAtTheDeliveryStage()
    {
        var cider = samples.Get("economicResource/pantry-cider");
        Assert.Equal(LoadedSamples.Id("spatialThing/pantry"), cider.GetIri("currentLocation"));
        Assert.Equal(LoadedSamples.Id("processSpecification/delivery"), cider.GetIri("stage"));
        Assert.Equal(LoadedSamples.Id("processSpecification/pressing"), samples.Get("economicResource/bottles").GetIri("stage"));
        Assert.Equal(LoadedSamples.Id("spatialThing/press-house"), samples.Get("economicResource/press-apples").GetIri("currentLocation"));
    }

    [Fact]
    public void Bottles_KeepTheirBatch() =>
        Assert.Equal(LoadedSamples.Id("productBatch/mc-26-03"), samples.Get("economicResource/bottles").GetIri("lot"));
}
