using ValueFlows.Core.Model;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.Derived;

/// <summary>
/// A small cooperative with every kind of record a derived field reads: Ann and Bob work the apple harvest of the Coop
/// (planned, one commitment fulfilled), the apples are pressed into juice, and Cat buys apples under an agreement that
/// answers her proposal's intent, settling a claim.
/// </summary>
internal sealed class CoopWorld : IDisposable
{
    public CoopWorld()
    {
        var s = Story;
        Ann = s.Person("Ann");
        Bob = s.Person("Bob");
        Cat = s.Person("Cat");
        Coop = s.Create("Organization", ("name", VfValue.Of("Coop")));
        Member = s.Create("AgentRelationshipRole", ("roleLabel", VfValue.Of("member")));
        Mentor = s.Create("AgentRelationshipRole", ("roleLabel", VfValue.Of("mentor")));
        AnnInCoop = s.Create("AgentRelationship", Of("subject", Ann), Of("object", Coop), Of("relationship", Member));
        BobMentorsAnn = s.Create("AgentRelationship", Of("subject", Bob), Of("object", Ann), Of("relationship", Mentor));
        var apple = s.Spec("Apple");
        var juice = s.Spec("Juice");
        var money = s.Spec("Euro");
        Plan = s.Create("Plan", ("name", VfValue.Of("Harvest plan")));
        Agreement = s.Create("Agreement", ("name", VfValue.Of("Apples for Cat")));
        Pick = s.Process("Pick", Of("plannedWithin", Plan));
        Press = s.Process("Press", Of("plannedWithin", Plan));
        PickingCommitment = s.Create("Commitment", ("action", VfValue.Of("work")), Of("provider", Ann), Of("receiver", Coop),
            Of("inputOf", Pick), Of("plannedWithin", Plan), Effort(4, Story.Hour));
        SaleCommitment = s.Create("Commitment", ("action", VfValue.Of("transfer")), Of("provider", Coop), Of("receiver", Cat),
            Of("plannedWithin", Plan), Of("clauseOf", Agreement), Of("resourceConformsTo", apple), Quantity(10, Story.Kilogram));
        WantedApples = s.Create("Intent", ("action", VfValue.Of("transfer")), Of("receiver", Cat), Of("resourceConformsTo", apple), Quantity(10, Story.Kilogram));
        OfferedMoney = s.Create("Intent", ("action", VfValue.Of("transfer")), Of("provider", Cat), Of("resourceConformsTo", money), Quantity(20, Story.Euro));
        Proposal = s.Create("Proposal", ("name", VfValue.Of("Cat wants apples")), Of("inScopeOf", Coop));
        s.Create("ProposedIntent", Of("publishedIn", Proposal), Of("publishes", WantedApples), ("reciprocal", VfValue.Of(false)));
        s.Create("ProposedIntent", Of("publishedIn", Proposal), Of("publishes", OfferedMoney), ("reciprocal", VfValue.Of(true)));
        s.Create("ProposedTo", Of("proposed", Proposal), Of("proposedTo", Bob));

        AnnWorks = s.Event("work", Ann, Coop, Of("inputOf", Pick), Effort(4, Story.Hour)).Event.Id;
        s.Create("Fulfillment", Of("fulfilledBy", AnnWorks), Of("fulfills", PickingCommitment));
        BobWorks = s.Event("work", Bob, Coop, Of("inputOf", Pick), Effort(2, Story.Hour)).Event.Id;
        var picked = s.EventWithNew("produce", Coop, Coop, "Apples", Of("outputOf", Pick), Of("resourceConformsTo", apple), Quantity(50, Story.Kilogram));
        Picked = picked.Event.Id;
        Apples = picked.NewInventoriedResource!.Id;
        Pressed = s.Event("consume", Coop, Coop, Of("inputOf", Press), Of("resourceInventoriedAs", Apples), Quantity(30, Story.Kilogram)).Event.Id;
        var made = s.EventWithNew("produce", Coop, Coop, "Juice", Of("outputOf", Press), Of("resourceConformsTo", juice), Quantity(20, Story.Litre));
        Juice = made.NewInventoriedResource!.Id;
        var sold = s.EventWithNew("transfer", Coop, Cat, "Cat's apples", Of("resourceInventoriedAs", Apples), Of("realizationOf", Agreement), Quantity(6, Story.Kilogram));
        Sold = sold.Event.Id;
        CatsApples = sold.NewInventoriedResource!.Id;
        s.Create("Fulfillment", Of("fulfilledBy", Sold), Of("fulfills", SaleCommitment));
        s.Create("Satisfaction", Of("satisfiedBy", Sold), Of("satisfies", WantedApples));
        Gift = s.Event("transfer", Coop, Cat, Of("resourceInventoriedAs", Apples), Of("toResourceInventoriedAs", CatsApples), Of("realizationOf", Agreement), Quantity(1, Story.Kilogram)).Event.Id;
        Claim = s.Create("Claim", ("action", VfValue.Of("transfer")), Of("triggeredBy", Sold), Of("provider", Cat), Of("receiver", Coop),
            Of("inScopeOf", Cat), Of("resourceConformsTo", money), Quantity(12, Story.Euro));
        var catsWallet = s.Raise(Cat, money, 100, Story.Euro, "Cat's wallet");
        var coopsWallet = s.Raise(Coop, money, 0, Story.Euro, "Coop's wallet");
        Payment = s.Event("transfer", Cat, Coop, Of("resourceInventoriedAs", catsWallet), Of("toResourceInventoriedAs", coopsWallet), Quantity(12, Story.Euro)).Event.Id;
        s.Create("Settlement", Of("settledBy", Payment), Of("settles", Claim));
        Wallets = [catsWallet, coopsWallet];
    }

    public Story Story { get; } = new();

    public Iri Ann { get; }

    public Iri Bob { get; }

    public Iri Cat { get; }

    public Iri Coop { get; }

    public Iri Member { get; }

    public Iri Mentor { get; }

    public Iri AnnInCoop { get; }

    public Iri BobMentorsAnn { get; }

    public Iri Plan { get; }

    public Iri Agreement { get; }

    public Iri Pick { get; }

    public Iri Press { get; }

    public Iri PickingCommitment { get; }

    public Iri SaleCommitment { get; }

    public Iri WantedApples { get; }

    public Iri OfferedMoney { get; }

    public Iri Proposal { get; }

    public Iri AnnWorks { get; }

    public Iri BobWorks { get; }

    public Iri Picked { get; }

    public Iri Apples { get; }

    public Iri Pressed { get; }

    public Iri Juice { get; }

    public Iri Sold { get; }

    public Iri CatsApples { get; }

    public Iri Gift { get; }

    public Iri Claim { get; }

    public Iri Payment { get; }

    public IReadOnlyList<Iri> Wallets { get; }

    public void Dispose() => Story.Dispose();
}
