using ValueFlows.Core.Derived;
using ValueFlows.Core.Flows;
using ValueFlows.Core.Model;
using ValueFlows.Core.Tests.Derived;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.SpecExamples;

/// <summary>
/// VF spec example "an exchange with an agreement": Alice agrees to sell Bob 5 kg of carrots for 10 euro. The agreement
/// has two reciprocal commitments (its clauses); two transfers realize it and fulfil them.
/// </summary>
public sealed class ExchangeWithAgreementExample : IDisposable
{
    private readonly Story _story = new();
    private readonly Iri _alice;
    private readonly Iri _bob;
    private readonly Iri _agreement;
    private readonly Iri _carrotsCommitment;
    private readonly Iri _paymentCommitment;
    private readonly Iri _aliceCarrots;
    private readonly Iri _bobsCarrots;
    private readonly Iri _carrots;
    private readonly Iri _money;

    public ExchangeWithAgreementExample()
    {
        _alice = _story.Person("Alice");
        _bob = _story.Person("Bob");
        _carrots = _story.Spec("Carrots");
        _money = _story.Spec("Euro");
        _aliceCarrots = _story.Raise(_alice, _carrots, 40, Story.Kilogram, "Alice's carrots");
        var alicesWallet = _story.Raise(_alice, _money, 0, Story.Euro, "Alice's wallet");
        var bobsWallet = _story.Raise(_bob, _money, 50, Story.Euro, "Bob's wallet");
        _agreement = _story.Create("Agreement", ("name", VfValue.Of("Carrots for Bob")));
        _carrotsCommitment = _story.Create("Commitment", ("action", VfValue.Of("transfer")), Of("provider", _alice), Of("receiver", _bob),
            Of("clauseOf", _agreement), Of("resourceConformsTo", _carrots), Quantity(5, Story.Kilogram));
        _paymentCommitment = _story.Create("Commitment", ("action", VfValue.Of("transfer")), Of("provider", _bob), Of("receiver", _alice),
            Of("clauseOf", _agreement), Of("resourceConformsTo", _money), Quantity(10, Story.Euro));

        var delivery = _story.EventWithNew("transfer", _alice, _bob, "Bob's carrots", Of("resourceInventoriedAs", _aliceCarrots),
            Of("realizationOf", _agreement), Quantity(5, Story.Kilogram));
        _bobsCarrots = delivery.NewInventoriedResource!.Id;
        _story.Create("Fulfillment", Of("fulfilledBy", delivery.Event.Id), Of("fulfills", _carrotsCommitment));
        var payment = _story.Event("transfer", _bob, _alice, Of("resourceInventoriedAs", bobsWallet), Of("toResourceInventoriedAs", alicesWallet),
            Of("realizationOf", _agreement), Quantity(10, Story.Euro));
        _story.Create("Fulfillment", Of("fulfilledBy", payment.Event.Id), Of("fulfills", _paymentCommitment));
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Agreement_BothClausesFulfilled_IsCompleteWithNoUnplannedEvents()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        Assert.True(reader.GetCommitmentProgress(_carrotsCommitment).Finished);
        Assert.True(reader.GetCommitmentProgress(_paymentCommitment).Finished);
        Assert.Empty(reader.Related("Agreement", "unplannedEconomicEvents", _agreement));
        Assert.Equal(new[] { _alice, _bob }.OrderBy(i => i.Value, StringComparer.Ordinal), reader.Related("Agreement", "involvedAgents", _agreement));
    }

    [Fact]
    public void Exchange_Resources_MovedBetweenTheParties()
    {
        Assert.Equal(new VfMeasure(35, Story.Kilogram), _story.Get(_aliceCarrots).GetMeasure("accountingQuantity"));
        Assert.Equal(new VfMeasure(5, Story.Kilogram), _story.Get(_bobsCarrots).GetMeasure("accountingQuantity"));
        Assert.Equal(_bob, _story.Get(_bobsCarrots).GetIri("primaryAccountable"));
    }

    [Fact]
    public void NetFlows_TheExchange_IsReciprocal()
    {
        using var read = _story.Read();

        var report = NetFlows.Compute(read, new NetFlowQuery(new HashSet<Iri> { _alice, _bob }, null, null));

        Assert.Equal(
            [(_alice, _bob, _carrots, 5m), (_bob, _alice, _money, 10m)],
            report.Flows.Select(f => (f.Provider, f.Receiver, f.ResourceConformsTo!, f.Quantity)).OrderBy(f => f.Item4));
        var alice = report.Balances.Where(b => b.Agent == _alice).ToDictionary(b => b.ResourceConformsTo!, b => b.Net);
        Assert.Equal(5m, alice[_carrots]);
        Assert.Equal(-10m, alice[_money]);
    }
}
