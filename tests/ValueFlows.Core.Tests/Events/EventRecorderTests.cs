using ValueFlows.Core.Events;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Events;

/// <summary>Recording events in a store: the event, its new resource and the resource changes land in one transaction.</summary>
public sealed class EventRecorderTests : IDisposable
{
    private static readonly Iri s_kilogram = Iri.Create(VfNamespaces.Om2 + "kilogram");
    private static readonly Iri s_euro = Iri.Create(VfNamespaces.Om2 + "euro");

    private readonly QuadStore _store = QuadStore.CreateInMemory();
    private readonly VfLedger _ledger;
    private readonly EventRecorder _recorder;
    private readonly Iri _ann;
    private readonly Iri _bob;
    private readonly Iri _flour;
    private readonly Iri _money;
    private readonly Iri _bakery;

    public EventRecorderTests()
    {
        _ledger = new VfLedger(_store, "https://coop.example/");
        _recorder = new EventRecorder(_ledger);
        _ann = Create("Person", ("name", VfValue.Of("Ann")));
        _bob = Create("Person", ("name", VfValue.Of("Bob")));
        _flour = Create("ResourceSpecification", ("name", VfValue.Of("Flour")));
        _money = Create("ResourceSpecification", ("name", VfValue.Of("Euro")));
        _bakery = Create("SpatialThing", ("name", VfValue.Of("Bakery")));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Record_ProduceWithNewInventoriedResource_CreatesTheResourceWithItsQuantities()
    {
        var baking = Create("ProcessSpecification", ("name", VfValue.Of("Baking")));
        var process = Create("Process", ("name", VfValue.Of("Monday baking")), ("basedOn", VfValue.Of(baking)));

        var recorded = _recorder.Record(
            Event("produce", _ann, _ann)
                .Set("outputOf", VfValue.Of(process))
                .Set("resourceConformsTo", VfValue.Of(_flour))
                .Set("resourceQuantity", new VfMeasure(25m, s_kilogram))
                .Set("toLocation", VfValue.Of(_bakery)),
            new VfInput().Set("name", VfValue.Of("Flour in the bakery")));

        var resource = Assert.IsType<VfRecord>(recorded.NewInventoriedResource);
        Assert.Equal(new VfMeasure(25m, s_kilogram), resource.GetMeasure("accountingQuantity"));
        Assert.Equal(new VfMeasure(25m, s_kilogram), resource.GetMeasure("onhandQuantity"));
        Assert.Equal(_ann, resource.GetIri("primaryAccountable"));
        Assert.Equal(_bakery, resource.GetIri("currentLocation"));
        Assert.Equal(baking, resource.GetIri("stage"));
        Assert.Equal(_flour, resource.GetIri("conformsTo"));
        Assert.Equal("Flour in the bakery", resource.GetString("name"));
        Assert.Equal(resource.Id, recorded.Event.GetIri("resourceInventoriedAs"));
        Assert.Equal(recorded.Sequence, resource.Revision);
    }

    [Fact]
    public void Record_Transfer_UpdatesBothResourcesInTheEventsTransaction()
    {
        var annsWallet = Raise(_ann, _money, 500m, s_euro);
        var bobsWallet = Raise(_bob, _money, 20m, s_euro);

        var recorded = _recorder.Record(Event("transfer", _ann, _bob)
            .Set("resourceInventoriedAs", VfValue.Of(annsWallet))
            .Set("toResourceInventoriedAs", VfValue.Of(bobsWallet))
            .Set("resourceQuantity", new VfMeasure(120.5m, s_euro)));

        using var read = _ledger.OpenRead();
        Assert.Equal(new VfMeasure(379.5m, s_euro), read.Get(annsWallet)!.GetMeasure("accountingQuantity"));
        Assert.Equal(new VfMeasure(140.5m, s_euro), read.Get(bobsWallet)!.GetMeasure("accountingQuantity"));
        Assert.Equal([annsWallet, bobsWallet], recorded.ChangedResources.Select(r => r.Id));
        Assert.All(recorded.ChangedResources, r => Assert.Equal(recorded.Sequence, r.Revision));
    }

    [Fact]
    public void Record_BrokenRule_WritesNothing()
    {
        var annsWallet = Raise(_ann, _money, 500m, s_euro);
        var before = _store.Sequence;

        var error = Assert.Throws<VfDomainException>(() => _recorder.Record(Event("transfer", _ann, _bob)
            .Set("resourceInventoriedAs", VfValue.Of(annsWallet))
            .Set("resourceQuantity", new VfMeasure(5m, s_kilogram)),
            new VfInput().Set("name", VfValue.Of("Bob's wallet"))));

        Assert.Equal(EventFields.ResourceQuantityUnit, error.Field);
        Assert.Equal(before, _store.Sequence);
        using var read = _ledger.OpenRead();
        Assert.Equal(new VfMeasure(500m, s_euro), read.Get(annsWallet)!.GetMeasure("accountingQuantity"));
    }

    [Fact]
    public void Record_MissingResource_IsNotFoundNamingTheField()
    {
        var error = Assert.Throws<VfDomainException>(() => _recorder.Record(Event("consume", _ann, _ann)
            .Set("resourceInventoriedAs", VfValue.Of(Iri.Create("https://coop.example/economicResource/none")))
            .Set("resourceQuantity", new VfMeasure(1m, s_kilogram))));

        Assert.Equal(VfErrorCode.NotFound, error.Code);
        Assert.Equal(EventFields.ResourceInventoriedAs, error.Field);
    }

    [Fact]
    public void Record_TransferToANewResource_SetsToResourceInventoriedAs()
    {
        var annsWallet = Raise(_ann, _money, 500m, s_euro);

        var recorded = _recorder.Record(
            Event("transfer", _ann, _bob)
                .Set("resourceInventoriedAs", VfValue.Of(annsWallet))
                .Set("resourceQuantity", new VfMeasure(50m, s_euro)),
            new VfInput().Set("name", VfValue.Of("Bob's wallet")));

        var bobsWallet = Assert.IsType<VfRecord>(recorded.NewInventoriedResource);
        Assert.Equal(bobsWallet.Id, recorded.Event.GetIri("toResourceInventoriedAs"));
        Assert.Equal(_bob, bobsWallet.GetIri("primaryAccountable"));
        Assert.Equal(_money, bobsWallet.GetIri("conformsTo"));
        Assert.Equal(new VfMeasure(50m, s_euro), bobsWallet.GetMeasure("accountingQuantity"));
        Assert.Equal([bobsWallet.Id, annsWallet], recorded.ChangedResources.Select(r => r.Id));
    }

    [Fact]
    public void Record_MissingProvider_IsNotFoundAndWritesNothing()
    {
        var before = _store.Sequence;

        var error = Assert.Throws<VfDomainException>(() => _recorder.Record(
            Event("raise", Iri.Create("https://coop.example/person/nobody"), _ann)
                .Set("resourceConformsTo", VfValue.Of(_money))
                .Set("resourceQuantity", new VfMeasure(1m, s_euro)),
            new VfInput()));

        Assert.Equal(VfErrorCode.NotFound, error.Code);
        Assert.Equal("provider", error.Field);
        Assert.Equal(before, _store.Sequence);
    }

    [Fact]
    public void Record_UnknownAction_IsRefusedNamingTheField()
    {
        var error = Assert.Throws<VfDomainException>(() => _recorder.Record(Event("improve", _ann, _ann)));

        Assert.Equal(EventFields.Action, error.Field);
    }

    [Fact]
    public void Record_ResourceQuantities_AreReadableByPlainSparql()
    {
        var wallet = Raise(_ann, _money, 500m, s_euro);
        var query = SparqlQuery.Parse($$"""
            PREFIX vf: <{{VfNamespaces.Vf}}>
            SELECT ?value ?unit WHERE { <{{wallet.Value}}> vf:accountingQuantity [ vf:hasNumericalValue ?value ; vf:hasUnit ?unit ] }
            """, null);

        using var snapshot = _store.OpenSnapshot();
        var result = SparqlEvaluator.Evaluate(query, snapshot, CancellationToken.None);

        var row = Assert.Single(result.Solutions);
        Assert.Equal(Literal.Create("500.0", Xsd.Decimal), row[0]);
        Assert.Equal(s_euro, row[1]);
    }

    private Iri Raise(Iri agent, Iri specification, decimal amount, Iri unit) =>
        _recorder.Record(
            Event("raise", agent, agent)
                .Set("resourceConformsTo", VfValue.Of(specification))
                .Set("resourceQuantity", new VfMeasure(amount, unit)),
            new VfInput()).NewInventoriedResource!.Id;

    private static VfInput Event(string action, Iri provider, Iri receiver) =>
        new VfInput()
            .Set("action", VfValue.Of(action))
            .Set("provider", VfValue.Of(provider))
            .Set("receiver", VfValue.Of(receiver))
            .Set("hasPointInTime", VfValue.Of(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)));

    private Iri Create(string type, params (string Field, VfValue Value)[] fields)
    {
        var input = new VfInput();
        foreach (var (field, value) in fields)
        {
            input.Set(field, value);
        }

        return _ledger.Create(VfModel.Get(type), input).Id;
    }
}
