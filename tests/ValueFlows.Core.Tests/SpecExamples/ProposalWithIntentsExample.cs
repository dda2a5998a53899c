using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Tests.Derived;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.SpecExamples;

/// <summary>
/// VF spec example "a proposal with intents": Bob offers an hour of bike repair (the primary intent) for 15 euro (the
/// reciprocal intent), proposed to Carla. Carla takes it up: a commitment satisfies the offer, and the service delivered
/// fulfils the commitment and satisfies the offer.
/// </summary>
public sealed class ProposalWithIntentsExample : IDisposable
{
    private readonly Story _story = new();
    private readonly Iri _bob;
    private readonly Iri _carla;
    private readonly Iri _dave;
    private readonly Iri _proposal;
    private readonly Iri _offer;
    private readonly Iri _price;
    private readonly Iri _commitment;
    private readonly Iri _service;

    public ProposalWithIntentsExample()
    {
        _bob = _story.Person("Bob");
        _carla = _story.Person("Carla");
        _dave = _story.Person("Dave");
        var repair = _story.Spec("Bike repair");
        var money = _story.Spec("Euro");
        _offer = _story.Create("Intent", ("name", VfValue.Of("Bike repair")), ("action", VfValue.Of("deliverService")), Of("provider", _bob),
            Of("resourceConformsTo", repair), Quantity(1, Story.Hour));
        _price = _story.Create("Intent", ("action", VfValue.Of("transfer")), Of("receiver", _bob), Of("resourceConformsTo", money), Quantity(15, Story.Euro));
        _proposal = _story.Create("Proposal", ("name", VfValue.Of("Repairs by Bob")), ("unitBased", VfValue.Of(true)));
        _story.Create("ProposedIntent", Of("publishedIn", _proposal), Of("publishes", _offer));
        _story.Create("ProposedIntent", Of("publishedIn", _proposal), Of("publishes", _price), ("reciprocal", VfValue.Of(true)));
        _story.Create("ProposedTo", Of("proposed", _proposal), Of("proposedTo", _carla));

        _commitment = _story.Create("Commitment", ("action", VfValue.Of("deliverService")), Of("provider", _bob), Of("receiver", _carla),
            Of("resourceConformsTo", repair), Quantity(1, Story.Hour));
        _story.Create("Satisfaction", Of("satisfiedBy", _commitment), Of("satisfies", _offer));
        _service = _story.Event("deliverService", _bob, _carla, Of("resourceConformsTo", repair), Quantity(1, Story.Hour)).Event.Id;
        _story.Create("Fulfillment", Of("fulfilledBy", _service), Of("fulfills", _commitment));
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Proposal_PublishesThePrimaryAndTheReciprocalIntent()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        Assert.Equal([_offer], reader.Related("Proposal", "primaryIntents", _proposal));
        Assert.Equal([_price], reader.Related("Proposal", "reciprocalIntents", _proposal));
    }

    [Fact]
    public void Agents_SeeTheProposalTheyAreInOrWereOffered()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        Assert.Equal([_proposal], reader.Related("Agent", "proposals", _bob));
        Assert.Equal([_proposal], reader.Related("Agent", "proposalsTo", _carla));
        Assert.Empty(reader.Related("Agent", "proposals", _carla));
        Assert.Empty(reader.Related("Agent", "proposalsTo", _dave));
        Assert.Equal(new[] { _offer, _price }.OrderBy(i => i.Value, StringComparer.Ordinal), reader.Related("Agent", "intents", _bob));
    }

    [Fact]
    public void Offer_SatisfiedByTheCommitment_AndTheCommitmentFulfilledByTheService()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        var offer = reader.GetIntentProgress(_offer);
        Assert.Equal([_commitment], offer.DeliveredBy);
        Assert.True(offer.Finished);
        Assert.Null(offer.StoredFinished);
        var commitment = reader.GetCommitmentProgress(_commitment);
        Assert.Equal([_service], commitment.DeliveredBy);
        Assert.True(commitment.Finished);
        Assert.False(reader.GetIntentProgress(_price).Finished);
    }
}
