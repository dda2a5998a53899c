using ValueFlows.Core.Events;
using static ValueFlows.Core.Tests.Events.Ledger;

namespace ValueFlows.Core.Tests.Events;

/// <summary>
/// The VF examples as one story: a process with inputs and outputs (flour consumed, oven used, work, bread produced)
/// and an exchange (bread transferred for money), each event applied to the state the previous ones left.
/// </summary>
public class BakeryDayStoryTests
{
    [Fact]
    public void BakeryDay_ProcessThenExchange_LeavesTheBalancesTheEventsImply()
    {
        var flour = Stock("flour", Flour, Kg(50), Coop);
        var oven = Stock("oven", Oven, Items(1), Coop);
        var coopTill = Stock("coop-till", Money, Euros(0), Coop);
        var annsWallet = Stock("ann-wallet", Money, Euros(100), Ann);

        flour = EventEffects.Apply(Event("consume", Coop, Coop) with { InputOf = BakingProcess, Resource = flour, ResourceQuantity = Kg(12) }).Resource!;
        oven = EventEffects.Apply(Event("use", Coop, Coop) with { InputOf = BakingProcess, Resource = oven, EffortQuantity = Hours(4) }).Resource!;
        var work = EventEffects.Apply(Event("work", Bob, Coop) with { InputOf = BakingProcess, EffortQuantity = Hours(5), ResourceConformsTo = Bread });
        var bread = EventEffects.Apply(Event("produce", Coop, Coop) with
        {
            OutputOf = BakingProcess,
            ResourceConformsTo = Bread,
            ResourceQuantity = Items(30),
            ToLocation = Bakery,
            NewResource = new NewResourceRequest("https://coop.example/economicResource/bread-monday"),
        }).Created!;

        var sale = EventEffects.Apply(Event("transfer", Coop, Ann) with
        {
            Resource = bread,
            ResourceQuantity = Items(4),
            NewResource = new NewResourceRequest("https://coop.example/economicResource/anns-bread"),
        });
        var payment = EventEffects.Apply(Event("transfer", Ann, Coop) with { Resource = annsWallet, ToResource = coopTill, ResourceQuantity = Euros(14) });

        Assert.Equal(Kg(38), flour.AccountingQuantity);
        Assert.Equal(Items(1), oven.OnhandQuantity);
        Assert.Null(work.Resource);
        Assert.Equal(Baking, bread.Stage);
        Assert.Equal(Items(26), sale.Resource!.AccountingQuantity);
        Assert.Equal(Items(4), sale.ToResource!.OnhandQuantity);
        Assert.Equal(Ann, sale.ToResource.PrimaryAccountable);
        Assert.Equal(Bread, sale.ToResource.ConformsTo);
        Assert.Equal(Bakery, sale.ToResource.CurrentLocation);
        Assert.Equal(Euros(86), payment.Resource!.AccountingQuantity);
        Assert.Equal(Euros(14), payment.ToResource!.AccountingQuantity);
    }
}
