using ValueFlows.Core;
using ValueFlows.Core.Events;
using ValueFlows.Core.Records;
using ValueFlows.GraphQL.Mutations;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.GraphQL.Tests.Mutations;

/// <summary>The mutation runner on its own (no GraphQL): arguments as GraphQL.NET hands them over, written to a ledger.</summary>
public sealed class MutationRunnerTests : IDisposable
{
    private readonly QuadStore _store = QuadStore.CreateInMemory();
    private readonly VfLedger _ledger;
    private readonly EventRecorder _recorder;

    public MutationRunnerTests()
    {
        _ledger = new VfLedger(_store, "https://coop.example/");
        _recorder = new EventRecorder(_ledger);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Run_CreatePerson_WritesTheRecordAndNamesItInThePayload()
    {
        var outcome = Run("createPerson", ("person", Obj(("name", "Ann"), ("note", "baker"))));

        var id = Assert.IsType<Iri>(outcome.Records["agent"]);
        using var read = _ledger.OpenRead();
        var person = read.Get(id)!;
        Assert.Equal("Ann", person.GetString("name"));
        Assert.Equal("baker", person.GetString("note"));
        Assert.Equal(outcome.Sequence, person.Revision);
    }

    [Fact]
    public void Run_UpdateWithNull_ClearsTheField()
    {
        var id = Run("createPerson", ("person", Obj(("name", "Ann"), ("note", "baker")))).Records["agent"]!;
        var revision = Revision(id);

        Run("updatePerson", ("person", Obj(("revisionId", revision), ("note", null))));

        using var read = _ledger.OpenRead();
        Assert.Null(read.Get(id)!.GetString("note"));
        Assert.Equal("Ann", read.Get(id)!.GetString("name"));
    }

    [Fact]
    public void Run_UpdateWithStaleRevision_ConflictNamingTheRevisionId()
    {
        var id = Run("createPerson", ("person", Obj(("name", "Ann")))).Records["agent"]!;
        var first = Revision(id);
        Run("updatePerson", ("person", Obj(("revisionId", first), ("name", "Anna"))));

        var error = Assert.Throws<VfDomainException>(() => Run("updatePerson", ("person", Obj(("revisionId", first), ("name", "Annie")))));

        Assert.Equal(VfErrorCode.Conflict, error.Code);
        Assert.Equal("person.revisionId", error.Field);
        using var read = _ledger.OpenRead();
        Assert.Equal("Anna", read.Get(id)!.GetString("name"));
    }

    [Fact]
    public void Run_DeleteWithRevisionOfAnotherType_BadUserInputAndNothingDeleted()
    {
        var id = Run("createPerson", ("person", Obj(("name", "Ann")))).Records["agent"]!;

        var error = Assert.Throws<VfDomainException>(() => Run("deleteUnit", ("revisionId", Revision(id))));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("revisionId", error.Field);
        using var read = _ledger.OpenRead();
        Assert.NotNull(read.Get(id));
    }

    [Fact]
    public void Run_DateTimeWithoutZone_BadUserInputNamingTheInputPath()
    {
        var error = Assert.Throws<VfDomainException>(() => Run("createPlan", ("plan", Obj(("name", "Week"), ("due", "2024-05-01T10:00:00")))));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("plan.due", error.Field);
    }

    [Fact]
    public void Run_MissingReference_NotFoundNamingTheInputPath()
    {
        var error = Assert.Throws<VfDomainException>(() => Run("createPerson", ("person", Obj(("name", "Ann"), ("primaryLocation", "https://coop.example/spatialThing/none")))));

        Assert.Equal(VfErrorCode.NotFound, error.Code);
        Assert.Equal("person.primaryLocation", error.Field);
    }

    [Fact]
    public void Run_CreateEconomicEventProduce_PayloadHasTheNewResource()
    {
        var ann = Run("createPerson", ("person", Obj(("name", "Ann")))).Records["agent"]!.Value;
        var flour = Run("createResourceSpecification", ("resourceSpecification", Obj(("name", "Flour")))).Records["resourceSpecification"]!.Value;

        var outcome = Run(
            "createEconomicEvent",
            ("event", Obj(
                ("action", "produce"), ("provider", ann), ("receiver", ann), ("resourceConformsTo", flour),
                ("hasPointInTime", "2024-05-01T10:00:00+02:00"),
                ("resourceQuantity", Obj(("hasNumericalValue", "25.5"), ("hasUnit", "http://www.ontology-of-units-of-measure.org/resource/om-2/kilogram"))))),
            ("newInventoriedResource", Obj(("name", "Flour sack"))));

        using var read = _ledger.OpenRead();
        var resource = read.Get(outcome.Records["economicResource"]!)!;
        Assert.Equal(25.5m, resource.GetMeasure("accountingQuantity")!.NumericalValue);
        Assert.Equal(outcome.Records["economicResource"], read.Get(outcome.Records["economicEvent"]!)!.GetIri("resourceInventoriedAs"));
    }

    [Fact]
    public void Run_CreateEconomicEventWithoutProvider_BadUserInputNamingTheEventField()
    {
        var error = Assert.Throws<VfDomainException>(() => Run("createEconomicEvent", ("event", Obj(("action", "work")))));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.StartsWith("event.", error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ProposeIntent_LinksProposalAndIntent()
    {
        var ann = Run("createPerson", ("person", Obj(("name", "Ann")))).Records["agent"]!.Value;
        var proposal = Run("createProposal", ("proposal", Obj(("name", "Bread for sale")))).Records["proposal"]!.Value;
        var intent = Run("createIntent", ("intent", Obj(("action", "transfer"), ("provider", ann)))).Records["intent"]!.Value;

        var outcome = Run("proposeIntent", ("publishedIn", proposal), ("publishes", intent), ("reciprocal", true));

        using var read = _ledger.OpenRead();
        var link = read.Get(outcome.Records["proposedIntent"]!)!;
        Assert.Equal(proposal, link.GetIri("publishedIn")!.Value);
        Assert.Equal(true, link.GetBoolean("reciprocal"));
    }

    [Fact]
    public void Run_UnknownAction_BadUserInputNamingTheAction()
    {
        var error = Assert.Throws<VfDomainException>(() => Run("createIntent", ("intent", Obj(("action", "teleport")))));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("intent.action", error.Field);
    }

    private string Revision(Iri id)
    {
        using var read = _ledger.OpenRead();
        return read.Get(id)!.RevisionId;
    }

    private MutationOutcome Run(string name, params (string Name, object? Value)[] arguments) =>
        MutationRunner.Run(MutationFields.Find(name)!, Obj(arguments), _ledger, _recorder);

    private static Dictionary<string, object?> Obj(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value is Iri iri ? iri.Value : f.Value, StringComparer.Ordinal);
}
