using ValueFlows.Core.Events;
using static ValueFlows.Core.Tests.Events.Ledger;

namespace ValueFlows.Core.Tests.Events;

/// <summary>Every rule an event can break: each is refused with BAD_USER_INPUT naming the field, and nothing is computed.</summary>
public class EventValidationTests
{
    private static readonly ResourceState s_flour = Stock("flour", Flour, Kg(25), Coop);
    private static readonly ResourceState s_annsWallet = Stock("ann-wallet", Money, Euros(500), Ann);
    private static readonly ResourceState s_bobsWallet = Stock("bob-wallet", Money, Euros(20), Bob);

    public static TheoryData<string, EventFacts> BrokenEvents => new()
    {
        { EventFields.Provider, Event("consume", "", Coop) with { Resource = s_flour, ResourceQuantity = Kg(1) } },
        { EventFields.Receiver, Event("consume", Coop, " ") with { Resource = s_flour, ResourceQuantity = Kg(1) } },
        { EventFields.ResourceQuantity, Event("consume", Coop, Coop) with { Resource = s_flour } },
        { EventFields.ResourceQuantity, Event("produce", Coop, Coop) with { ResourceConformsTo = Bread, EffortQuantity = Hours(1) } },
        { EventFields.EffortQuantity, Event("work", Bob, Coop) with { ResourceQuantity = Hours(1) } },
        { EventFields.EffortQuantity, Event("use", Coop, Coop) with { Resource = s_flour } },
        { EventFields.ResourceQuantityValue, Event("consume", Coop, Coop) with { Resource = s_flour, ResourceQuantity = Kg(-1) } },
        { EventFields.ResourceQuantityUnit, Event("consume", Coop, Coop) with { Resource = s_flour, ResourceQuantity = new Quantity(1, "") } },
        { EventFields.EffortQuantityValue, Event("work", Bob, Coop) with { EffortQuantity = Hours(-2) } },
        { EventFields.EffortQuantityUnit, Event("work", Bob, Coop) with { EffortQuantity = new Quantity(2, " ") } },
        { EventFields.InputOf, Event("produce", Coop, Coop) with { InputOf = BakingProcess, ResourceConformsTo = Bread, ResourceQuantity = Items(1) } },
        { EventFields.OutputOf, Event("consume", Coop, Coop) with { OutputOf = BakingProcess, Resource = s_flour, ResourceQuantity = Kg(1) } },
        { EventFields.InputOf, Event("transfer", Ann, Bob) with { InputOf = BakingProcess, Resource = s_annsWallet, ResourceQuantity = Euros(1) } },
        { EventFields.OutputOf, Event("raise", Coop, Coop) with { OutputOf = BakingProcess, Resource = s_flour, ResourceQuantity = Kg(1) } },
        { EventFields.ToResourceInventoriedAs, Event("consume", Coop, Coop) with { Resource = s_flour, ToResource = s_annsWallet, ResourceQuantity = Kg(1) } },
        { EventFields.ToResourceInventoriedAs, Event("transfer", Ann, Ann) with { Resource = s_annsWallet, ToResource = s_annsWallet, ResourceQuantity = Euros(1) } },
        { EventFields.NewInventoriedResource, Event("consume", Coop, Coop) with { Resource = s_flour, ResourceQuantity = Kg(1), NewResource = new("https://coop.example/r/1") } },
        { EventFields.NewInventoriedResource, Event("produce", Coop, Coop) with { Resource = s_flour, ResourceQuantity = Kg(1), NewResource = new("https://coop.example/r/1") } },
        { EventFields.NewInventoriedResource, Event("transfer", Ann, Bob) with { Resource = s_annsWallet, ToResource = s_bobsWallet, ResourceQuantity = Euros(1), NewResource = new("https://coop.example/r/1") } },
        { EventFields.NewInventoriedResource, Event("raise", Coop, Coop) with { ResourceConformsTo = Money, ResourceQuantity = Euros(1), NewResource = new("") } },
        { EventFields.ResourceConformsTo, Event("raise", Coop, Coop) with { ResourceQuantity = Euros(1), NewResource = new("https://coop.example/r/1") } },
        { EventFields.ResourceInventoriedAs, Event("pickup", Coop, Bob) with { ResourceConformsTo = Crate, ResourceQuantity = Items(1) } },
        { EventFields.ResourceInventoriedAs, Event("accept", Ann, Bob) with { ResourceConformsTo = Bike, ResourceQuantity = Items(1) } },
        { EventFields.ResourceInventoriedAs, Event("separate", Coop, Coop) with { ResourceConformsTo = Apple, ResourceQuantity = Kg(1) } },
        { EventFields.ToResourceInventoriedAs, Event("combine", Coop, Coop) with { Resource = s_flour, ResourceQuantity = Kg(1) } },
        { EventFields.ResourceConformsTo, Event("transfer", Ann, Bob) with { ResourceQuantity = Euros(1) } },
        { EventFields.ResourceConformsTo, Event("consume", Coop, Coop) with { Resource = s_flour, ResourceConformsTo = Bread, ResourceQuantity = Kg(1) } },
        { EventFields.ToResourceInventoriedAs, Event("transfer", Ann, Coop) with { Resource = s_annsWallet, ToResource = s_flour, ResourceQuantity = Euros(1) } },
        { EventFields.ResourceQuantityUnit, Event("consume", Coop, Coop) with { Resource = s_flour, ResourceQuantity = Items(1) } },
        { EventFields.ResourceQuantityUnit, Event("transfer", Ann, Bob) with { ToResource = s_bobsWallet, ResourceConformsTo = Money, ResourceQuantity = new Quantity(1, "https://coop.example/unit/dollar") } },
    };

    [Theory]
    [MemberData(nameof(BrokenEvents))]
    public void Apply_BrokenRule_IsRefusedNamingTheField(string field, EventFacts facts)
    {
        var error = Assert.Throws<VfDomainException>(() => EventEffects.Apply(facts));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Apply_ConsumeWithoutNamingWhat_IsRefusedButWithASpecificationIsAccepted()
    {
        var vague = Event("consume", Coop, Coop) with { InputOf = BakingProcess, ResourceQuantity = Kg(1) };

        Assert.Equal(EventFields.ResourceConformsTo, Assert.Throws<VfDomainException>(() => EventEffects.Apply(vague)).Field);
        var outcome = EventEffects.Apply(vague with { ResourceConformsTo = Flour });
        Assert.Null(outcome.Resource);
    }

    [Fact]
    public void Apply_UseWithResourceQuantityOnly_IsAccepted()
    {
        var oven = Stock("oven", Oven, Items(1), Coop);

        var outcome = EventEffects.Apply(Event("use", Coop, Coop) with { Resource = oven, ResourceQuantity = Items(1) });

        Assert.Equal(oven, outcome.Resource);
    }
}
