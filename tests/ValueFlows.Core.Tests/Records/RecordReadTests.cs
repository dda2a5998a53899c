using ValueFlows.Core.Model;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Core.Tests.Records;

public sealed class RecordReadTests
{
    [Fact]
    public void GetMany_MixedIds_AlignedWithNullsForMissing()
    {
        using var samples = new SampleRecords();
        var alice = samples.Minimal("Person");
        var plan = samples.Minimal("Plan");
        var missing = Iri.Create(SampleRecords.Base + "plan/none");
        using var read = samples.Ledger.OpenRead();

        var records = read.GetMany([plan, missing, alice, plan]);

        Assert.Equal([plan, null, alice, plan], records.Select(r => r?.Id));
        Assert.Equal("Person", records[2]!.Type.Name);
    }

    [Fact]
    public void GetInverse_ProcessObservedInputs_EventsWhoseInputOfIsTheProcess()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("EconomicEvent");
        var process = samples.Minimal("Process");
        var input = samples.Ledger.Create(type, samples.Full(type).Set("inputOf", VfValue.Of(process)).Set("outputOf")).Id;
        var output = samples.Ledger.Create(type, samples.Full(type).Set("outputOf", VfValue.Of(process)).Set("inputOf")).Id;
        using var read = samples.Ledger.OpenRead();
        var processType = VfModel.Get("Process");

        Assert.Equal([input], read.GetInverse(process, processType.Field("observedInputs")!));
        Assert.Equal([output], read.GetInverse(process, processType.Field("observedOutputs")!));
        Assert.Empty(read.GetInverse(process, processType.Field("committedInputs")!));
    }

    [Fact]
    public void GetMeta_ThreeRevisions_PreviousAndFutureCounts()
    {
        using var samples = new SampleRecords();
        var v1 = samples.Ledger.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("a")));
        samples.Minimal("Person");
        var v2 = samples.Ledger.Update(v1.RevisionId, new VfInput().Set("name", VfValue.Of("b")));
        var v3 = samples.Ledger.Update(v2.RevisionId, new VfInput().Set("name", VfValue.Of("c")));
        using var read = samples.Ledger.OpenRead();

        var latest = read.GetMeta(v1.Id)!;
        var middle = read.GetMeta(v1.Id, v2.Revision)!;

        Assert.Equal([v1.RevisionId, v2.RevisionId, v3.RevisionId], latest.All.Select(r => r.Id));
        Assert.Equal((v3.RevisionId, v2.RevisionId, 2, 0), (latest.Retrieved.Id, latest.Previous!.Id, latest.PreviousCount, latest.FutureCount));
        Assert.Equal((v2.RevisionId, v1.RevisionId, 1, 1, v3.RevisionId), (middle.Retrieved.Id, middle.Previous!.Id, middle.PreviousCount, middle.FutureCount, middle.Latest.Id));
    }

    [Fact]
    public void Get_AgentNamedOnlyWithFoafName_NameFallsBack()
    {
        using var samples = new SampleRecords();
        var bob = Iri.Create("https://peer.example/bob");
        using (var write = samples.Store.BeginWrite())
        {
            write.Add(new Quad(bob, RdfVocabulary.Type, Iri.Create(VfNamespaces.Vf + "Person")));
            write.Add(new Quad(bob, Iri.Create(VfNamespaces.Foaf + "name"), Literal.Create("Bob")));
            write.Commit();
        }

        using var read = samples.Ledger.OpenRead();
        Assert.Equal("Bob", read.Get(bob)!.GetString("name"));
    }

    [Fact]
    public void Create_EventWithQuantity_ReadableByPlainSparql()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("EconomicEvent");
        var @event = samples.Ledger.Create(type, samples.Full(type).Set("resourceQuantity", new VfMeasure(42.5m, SampleRecords.Kilogram)));
        var query = SparqlQuery.Parse("""
            PREFIX vf: <https://w3id.org/valueflows/ont/vf#>
            SELECT ?e ?n ?unit ?label WHERE {
              ?e a vf:EconomicEvent ; vf:resourceQuantity/vf:hasNumericalValue ?n ; vf:resourceQuantity/vf:hasUnit ?unit .
              ?e vf:provider/vf:name ?label .
            }
            """);
        using var read = samples.Ledger.OpenRead();

        var row = Assert.Single(SparqlEvaluator.Evaluate(query, read.Snapshot).Solutions);

        Assert.Equal(@event.Id, row[0]);
        Assert.Equal(Literal.Create("42.5", Xsd.Decimal), row[1]);
        Assert.Equal(SampleRecords.Kilogram, row[2]);
        Assert.Equal(Literal.Create("a name"), row[3]);
    }
}
