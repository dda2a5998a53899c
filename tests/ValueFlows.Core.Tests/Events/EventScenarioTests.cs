using ValueFlows.Core.Events;
using static ValueFlows.Core.Tests.Events.Ledger;

namespace ValueFlows.Core.Tests.Events;

/// <summary>One story per VF action, saying what the event does to the resources it names (VF "Actions" table).</summary>
public class EventScenarioTests
{
    [Fact]
    public void Produce_NewResource_IsCreatedWithTheQuantityAtTheEventLocationAccountedToTheReceiverAtTheProcessStage()
    {
        var facts = Event("produce", Ann, Coop) with
        {
            OutputOf = BakingProcess,
            ResourceConformsTo = Bread,
            ResourceQuantity = Items(40),
            ToLocation = Bakery,
            NewResource = new NewResourceRequest("https://coop.example/economicResource/loaves"),
        };

        var outcome = EventEffects.Apply(facts);

        var loaves = Assert.IsType<ResourceState>(outcome.Created);
        Assert.Same(loaves, outcome.Resource);
        Assert.Equal("https://coop.example/economicResource/loaves", loaves.Iri);
        Assert.Equal(Bread, loaves.ConformsTo);
        Assert.Equal(Items(40), loaves.AccountingQuantity);
        Assert.Equal(Items(40), loaves.OnhandQuantity);
        Assert.Equal(Bakery, loaves.CurrentLocation);
        Assert.Equal(Coop, loaves.PrimaryAccountable);
        Assert.Equal(Baking, loaves.Stage);
        Assert.Equal([loaves], outcome.ChangedResources(facts));
    }

    [Fact]
    public void Produce_IntoExistingStock_IncrementsBothQuantitiesAndKeepsItsLocation()
    {
        var stock = Stock("loaves", Bread, Items(10), Coop) with { CurrentLocation = Shop };
        var facts = Event("produce", Coop, Coop) with { OutputOf = BakingProcess, Resource = stock, ResourceQuantity = Items(40), ToLocation = Bakery };

        var outcome = EventEffects.Apply(facts);

        Assert.Null(outcome.Created);
        Assert.Equal(Items(50), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Items(50), outcome.Resource.OnhandQuantity);
        Assert.Equal(Shop, outcome.Resource.CurrentLocation);
        Assert.Equal(Baking, outcome.Resource.Stage);
        Assert.Null(outcome.ImpliedTransfer);
    }

    [Fact]
    public void Produce_ForAnotherAgent_ImpliesATransferOfRightsAndCustody()
    {
        var facts = Event("produce", Ann, Coop) with
        {
            OutputOf = BakingProcess,
            ResourceConformsTo = Bread,
            ResourceQuantity = Items(40),
            NewResource = new NewResourceRequest("https://coop.example/economicResource/loaves"),
        };

        var transfer = EventEffects.Apply(facts).ImpliedTransfer;

        Assert.Equal(new ImpliedTransfer(Ann, Coop, Items(40), "https://coop.example/economicResource/loaves", Bread, Rights: true, Custody: true), transfer);
    }

    [Fact]
    public void Consume_DecrementsAccountingAndOnhand()
    {
        var flour = Stock("flour", Flour, Kg(25), Coop);
        var facts = Event("consume", Coop, Coop) with { InputOf = BakingProcess, Resource = flour, ResourceQuantity = Kg(5), State = "sifted" };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(Kg(20), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Kg(20), outcome.Resource.OnhandQuantity);
        Assert.Equal("sifted", outcome.Resource.State);
        Assert.Null(outcome.Created);
    }

    [Fact]
    public void Consume_AnotherAgentsFlourInOurProcess_ImpliesATransfer()
    {
        var flour = Stock("flour", Flour, Kg(25), Ann);
        var facts = Event("consume", Ann, Coop) with { InputOf = BakingProcess, Resource = flour, ResourceQuantity = Kg(5) };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(new ImpliedTransfer(Ann, Coop, Kg(5), flour.Iri, Flour, Rights: true, Custody: true), outcome.ImpliedTransfer);
    }

    [Fact]
    public void Use_ATool_LeavesItsQuantitiesAlone()
    {
        var oven = Stock("oven", Oven, Items(1), Coop);
        var facts = Event("use", Coop, Coop) with { InputOf = BakingProcess, Resource = oven, EffortQuantity = Hours(3) };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(oven, outcome.Resource);
        Assert.Empty(outcome.ChangedResources(facts));
        Assert.Null(outcome.ImpliedTransfer);
    }

    [Fact]
    public void Cite_ADesign_LeavesItAvailable()
    {
        var recipe = Stock("sourdough-recipe", Recipe, Items(1), Ann);
        var facts = Event("cite", Ann, Coop) with { InputOf = BakingProcess, Resource = recipe, ResourceQuantity = Items(1) };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(recipe, outcome.Resource);
        Assert.Null(outcome.ImpliedTransfer);
    }

    [Fact]
    public void Work_RecordsEffortOnlyAndTouchesNoResource()
    {
        var facts = Event("work", Bob, Coop) with { InputOf = BakingProcess, EffortQuantity = Hours(6) };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(new EventOutcome(null, null, null, null), outcome);
    }

    [Fact]
    public void DeliverService_CanBeAnOutputOfOneProcessAndAnInputOfAnother()
    {
        var facts = Event("deliverService", Bob, Coop) with
        {
            OutputOf = new ProcessFacts("https://coop.example/process/delivery"),
            InputOf = BakingProcess,
            ResourceConformsTo = "https://coop.example/resourceSpecification/delivery",
            ResourceQuantity = Hours(1),
        };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(new EventOutcome(null, null, null, null), outcome);
    }

    [Fact]
    public void PickupThenDropoff_MovesCustodyThroughATransportProcess()
    {
        var crates = Stock("crates", Crate, Items(12), Coop) with { CurrentLocation = Barn };
        var transport = new ProcessFacts("https://coop.example/process/van-run", Delivery);

        var pickedUp = EventEffects.Apply(Event("pickup", Coop, Bob) with { InputOf = transport, Resource = crates, ResourceQuantity = Items(12), AtLocation = Barn });
        var droppedOff = EventEffects.Apply(Event("dropoff", Bob, Coop) with
        {
            OutputOf = transport,
            Resource = pickedUp.Resource,
            ResourceQuantity = Items(12),
            ToLocation = Shop,
        });

        Assert.Equal(Items(0), pickedUp.Resource!.OnhandQuantity);
        Assert.Equal(Items(12), pickedUp.Resource.AccountingQuantity);
        Assert.Equal(new ImpliedTransfer(Coop, Bob, Items(12), crates.Iri, Crate, Rights: false, Custody: true), pickedUp.ImpliedTransfer);
        Assert.Equal(Items(12), droppedOff.Resource!.OnhandQuantity);
        Assert.Equal(Items(12), droppedOff.Resource.AccountingQuantity);
        Assert.Equal(Shop, droppedOff.Resource.CurrentLocation);
        Assert.Equal(Delivery, droppedOff.Resource.Stage);
        Assert.Equal(Coop, droppedOff.Resource.PrimaryAccountable);
    }

    [Fact]
    public void AcceptThenModify_RepairsTheSameBikeAndSetsItsStageAndState()
    {
        var bike = Stock("bike-7", Bike, Items(1), Ann);
        var repair = new ProcessFacts("https://coop.example/process/fix-bike-7", Repair);

        var accepted = EventEffects.Apply(Event("accept", Ann, Bob) with { InputOf = repair, Resource = bike, ResourceQuantity = Items(1), ToLocation = Shop });
        var modified = EventEffects.Apply(Event("modify", Bob, Ann) with
        {
            OutputOf = repair,
            Resource = accepted.Resource,
            ResourceQuantity = Items(1),
            State = "pass",
        });

        Assert.Equal(Items(0), accepted.Resource!.OnhandQuantity);
        Assert.Equal(Shop, accepted.Resource.CurrentLocation);
        Assert.Equal(Items(1), modified.Resource!.OnhandQuantity);
        Assert.Equal(Items(1), modified.Resource.AccountingQuantity);
        Assert.Equal(Repair, modified.Resource.Stage);
        Assert.Equal("pass", modified.Resource.State);
        Assert.Equal(Ann, modified.Resource.PrimaryAccountable);
    }

    [Fact]
    public void CombineThenSeparate_PutsAResourceIntoAContainerAndTakesItOut()
    {
        var apples = Stock("apples", Apple, Kg(10), Coop);
        var crate = Stock("crate-3", Crate, Items(1), Coop);
        var packing = new ProcessFacts("https://coop.example/process/packing", Delivery);

        var combined = EventEffects.Apply(Event("combine", Coop, Coop) with
        {
            InputOf = packing,
            Resource = apples,
            ToResource = crate,
            ResourceQuantity = Kg(10),
        });
        var separated = EventEffects.Apply(Event("separate", Coop, Coop) with
        {
            OutputOf = packing,
            Resource = combined.Resource,
            ResourceQuantity = Kg(10),
        });

        Assert.Equal(crate.Iri, combined.Resource!.ContainedIn);
        Assert.Equal(Kg(0), combined.Resource.OnhandQuantity);
        Assert.Equal(Kg(10), combined.Resource.AccountingQuantity);
        Assert.Equal(crate, combined.ToResource);
        Assert.Null(separated.Resource!.ContainedIn);
        Assert.Equal(Kg(10), separated.Resource.OnhandQuantity);
        Assert.Equal(Delivery, separated.Resource.Stage);
    }

    [Fact]
    public void Transfer_MovesRightsAndCustodyAndLocationToTheReceiversResource()
    {
        var annsFlour = Stock("ann-flour", Flour, Kg(30), Ann) with { CurrentLocation = Barn };
        var coopFlour = Stock("coop-flour", Flour, Kg(5), Coop) with { CurrentLocation = Bakery };
        var facts = Event("transfer", Ann, Coop) with
        {
            Resource = annsFlour,
            ToResource = coopFlour,
            ResourceQuantity = Kg(10),
            ToLocation = Bakery,
            State = "organic",
        };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(Kg(20), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Kg(20), outcome.Resource.OnhandQuantity);
        Assert.Equal(Barn, outcome.Resource.CurrentLocation);
        Assert.Equal(Kg(15), outcome.ToResource!.AccountingQuantity);
        Assert.Equal(Kg(15), outcome.ToResource.OnhandQuantity);
        Assert.Equal(Coop, outcome.ToResource.PrimaryAccountable);
        Assert.Equal(Bakery, outcome.ToResource.CurrentLocation);
        Assert.Equal("organic", outcome.ToResource.State);
        Assert.Null(outcome.ImpliedTransfer);
        Assert.Equal(2, outcome.ChangedResources(facts).Count);
    }

    [Fact]
    public void Transfer_WithNewInventoriedResource_CreatesTheReceiversResourceLikeTheGiversOne()
    {
        var annsMoney = Stock("ann-wallet", Money, Euros(500), Ann);
        var facts = Event("transfer", Ann, Bob) with
        {
            Resource = annsMoney,
            ResourceQuantity = Euros(120.50m),
            NewResource = new NewResourceRequest("https://coop.example/economicResource/bob-wallet"),
        };

        var outcome = EventEffects.Apply(facts);

        var bobs = Assert.IsType<ResourceState>(outcome.Created);
        Assert.Same(bobs, outcome.ToResource);
        Assert.Equal(Money, bobs.ConformsTo);
        Assert.Equal(Euros(120.50m), bobs.AccountingQuantity);
        Assert.Equal(Bob, bobs.PrimaryAccountable);
        Assert.Equal(Euros(379.50m), outcome.Resource!.AccountingQuantity);
    }

    [Fact]
    public void TransferAllRights_MovesAccountingOnlyAndMakesTheReceiverAccountable()
    {
        var annsBike = Stock("ann-bike", Bike, Items(1), Ann);
        var bobsBikes = Stock("bob-bikes", Bike, Items(2), Bob) with { AccountingQuantity = Items(2), OnhandQuantity = Items(2) };
        var facts = Event("transferAllRights", Ann, Bob) with { Resource = annsBike, ToResource = bobsBikes, ResourceQuantity = Items(1) };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(Items(0), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Items(1), outcome.Resource.OnhandQuantity);
        Assert.Equal(Items(3), outcome.ToResource!.AccountingQuantity);
        Assert.Equal(Items(2), outcome.ToResource.OnhandQuantity);
        Assert.Equal(Bob, outcome.ToResource.PrimaryAccountable);
    }

    [Fact]
    public void TransferCustody_MovesOnhandOnlyAndTheOwnerStaysAccountable()
    {
        var annsBike = Stock("ann-bike", Bike, Items(1), Ann) with { CurrentLocation = Barn };
        var facts = Event("transferCustody", Ann, Bob) with
        {
            Resource = annsBike,
            ResourceQuantity = Items(1),
            ToLocation = Shop,
            NewResource = new NewResourceRequest("https://coop.example/economicResource/bike-at-bobs"),
        };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(Items(1), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Items(0), outcome.Resource.OnhandQuantity);
        var custody = outcome.ToResource!;
        Assert.Null(custody.AccountingQuantity);
        Assert.Equal(Items(1), custody.OnhandQuantity);
        Assert.Equal(Ann, custody.PrimaryAccountable);
        Assert.Equal(Shop, custody.CurrentLocation);
        Assert.Equal(Bike, custody.ConformsTo);
    }

    [Fact]
    public void Move_BetweenTwoOfTheSameAgentsStocks_ChangesLocationNotAccountability()
    {
        var barnApples = Stock("barn-apples", Apple, Kg(100), Coop) with { CurrentLocation = Barn };
        var shopApples = Stock("shop-apples", Apple, Kg(0), Coop) with { CurrentLocation = Shop };
        var facts = Event("move", Coop, Coop) with { Resource = barnApples, ToResource = shopApples, ResourceQuantity = Kg(30), ToLocation = Shop };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(Kg(70), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Kg(70), outcome.Resource.OnhandQuantity);
        Assert.Equal(Barn, outcome.Resource.CurrentLocation);
        Assert.Equal(Kg(30), outcome.ToResource!.AccountingQuantity);
        Assert.Equal(Kg(30), outcome.ToResource.OnhandQuantity);
        Assert.Equal(Shop, outcome.ToResource.CurrentLocation);
        Assert.Equal(Coop, outcome.ToResource.PrimaryAccountable);
    }

    [Fact]
    public void Copy_ADesign_CreatesANewResourceForTheReceiverAndLeavesTheOriginal()
    {
        var recipe = Stock("sourdough-recipe", Recipe, Items(1), Ann);
        var facts = Event("copy", Ann, Bob) with
        {
            Resource = recipe,
            ResourceQuantity = Items(1),
            ToLocation = Shop,
            NewResource = new NewResourceRequest("https://coop.example/economicResource/bobs-recipe"),
        };

        var outcome = EventEffects.Apply(facts);

        Assert.Equal(recipe, outcome.Resource);
        var copy = Assert.IsType<ResourceState>(outcome.Created);
        Assert.Equal(Items(1), copy.AccountingQuantity);
        Assert.Equal(Items(1), copy.OnhandQuantity);
        Assert.Equal(Bob, copy.PrimaryAccountable);
        Assert.Equal(Shop, copy.CurrentLocation);
        Assert.Equal(Recipe, copy.ConformsTo);
    }

    [Fact]
    public void Raise_ABeginningBalance_CreatesTheResourceAccountedToTheReceiver()
    {
        var facts = Event("raise", Coop, Coop) with
        {
            ResourceConformsTo = Money,
            ResourceQuantity = Euros(1000),
            NewResource = new NewResourceRequest("https://coop.example/economicResource/coop-account", CurrentLocation: Bakery),
        };

        var account = EventEffects.Apply(facts).Created!;

        Assert.Equal(Euros(1000), account.AccountingQuantity);
        Assert.Equal(Euros(1000), account.OnhandQuantity);
        Assert.Equal(Coop, account.PrimaryAccountable);
        Assert.Equal(Bakery, account.CurrentLocation);
    }

    [Fact]
    public void Lower_AfterAnInventoryCount_DecrementsBothQuantities()
    {
        var flour = Stock("flour", Flour, Kg(25), Coop);

        var outcome = EventEffects.Apply(Event("lower", Coop, Coop) with { Resource = flour, ResourceQuantity = Kg(2.5m), State = "counted" });

        Assert.Equal(Kg(22.5m), outcome.Resource!.AccountingQuantity);
        Assert.Equal(Kg(22.5m), outcome.Resource.OnhandQuantity);
        Assert.Equal("counted", outcome.Resource.State);
    }
}
