using System.Text;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Replay;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Replay;

/// <summary>Replaying VF records from RDF through Core: what is read, in which order it is written, and what is refused.</summary>
public sealed class RecordReplayTests : IDisposable
{
    private const string Base = "https://replay.example/";

    private const string Prefixes = """
        @prefix vf: <https://w3id.org/valueflows/ont/vf#> .
        @prefix vfEarlier: <https://w3id.org/valueflows#> .
        @prefix om2: <http://www.ontology-of-units-of-measure.org/resource/om-2/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <https://replay.example/> .
        ex:kg a vf:Unit ; vf:label "kilogram" ; vf:symbol "kg" .
        ex:ann a vf:Person ; vf:name "Ann" .
        ex:bob a vf:Person ; vf:name "Bob" .
        ex:apples a vf:ResourceSpecification ; vf:name "Apples" ; vf:defaultUnitOfResource ex:kg .

        """;

    private readonly QuadStore _store = QuadStore.CreateInMemory();
    private readonly VfLedger _ledger;

    public RecordReplayTests() => _ledger = new VfLedger(_store, Base);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Replay_EventsListedOutOfOrder_AreRecordedInTimeOrder()
    {
        // The consumption is written first but happened later: the produce event must create the crate first.
        var report = Replay("""
            ex:crate a vf:EconomicResource ; vf:name "Crate" ; vf:conformsTo ex:apples .
            ex:eat a vf:EconomicEvent ; vf:action vf:consume ; vf:provider ex:ann ; vf:receiver ex:ann ;
                vf:resourceInventoriedAs ex:crate ; vf:resourceQuantity [ a vf:Measure ; vf:hasNumericalValue 3 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-02T10:00:00Z"^^xsd:dateTime .
            ex:pick a vf:EconomicEvent ; vf:action vf:produce ; vf:provider ex:ann ; vf:receiver ex:ann ;
                vf:resourceInventoriedAs ex:crate ; vf:resourceQuantity [ a vf:Measure ; vf:hasNumericalValue 10 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var crate = Get("crate");
        Assert.Equal(7m, crate.GetMeasure("accountingQuantity")?.NumericalValue);
        Assert.Equal(Id("ann"), crate.GetIri("primaryAccountable"));
        Assert.Equal(2, report.Created["EconomicEvent"]);
        Assert.Equal(1, report.Created["EconomicResource"]);
    }

    [Fact]
    public void Replay_QuantitiesAndAccountableInTheFile_AreIgnoredAndDerived()
    {
        var report = Replay("""
            ex:crate a vf:EconomicResource ; vf:conformsTo ex:apples ; vf:primaryAccountable ex:bob ;
                vf:accountingQuantity [ a vf:Measure ; vf:hasNumericalValue 999 ; vf:hasUnit ex:kg ] .
            ex:pick a vf:EconomicEvent ; vf:action vf:produce ; vf:provider ex:ann ; vf:receiver ex:ann ;
                vf:resourceInventoriedAs ex:crate ; vf:resourceQuantity [ a vf:Measure ; vf:hasNumericalValue 10 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(2, report.DerivedValuesSkipped);
        Assert.Equal(10m, Get("crate").GetMeasure("accountingQuantity")?.NumericalValue);
        Assert.Equal(Id("ann"), Get("crate").GetIri("primaryAccountable"));
    }

    [Fact]
    public void Replay_RecordsUnderAnotherBase_KeepTheirIris()
    {
        var report = Replay("""
            <https://elsewhere.example/people/dee> a vf:Person ; vf:name "Dee" .
            <https://elsewhere.example/events/1> a vf:EconomicEvent ; vf:action vf:work ;
                vf:provider <https://elsewhere.example/people/dee> ; vf:receiver ex:ann ;
                vf:effortQuantity [ a vf:Measure ; vf:hasNumericalValue 2 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        using var read = _ledger.OpenRead();
        var work = read.Get(Iri.Create("https://elsewhere.example/events/1"));
        Assert.Equal(Iri.Create("https://elsewhere.example/people/dee"), work?.GetIri("provider"));
    }

    [Fact]
    public void Replay_ResourceFirstNamedByAnEventThatCannotCreateIt_IsCreatedBeforeTheEvent()
    {
        // A ladder used before anyone recorded where it came from: it exists, with no quantity Core could derive.
        var report = Replay("""
            ex:tools a vf:ResourceSpecification ; vf:name "Tools" .
            ex:ladder a vf:EconomicResource ; vf:name "Ladder" ; vf:conformsTo ex:tools .
            ex:climb a vf:EconomicEvent ; vf:action vf:use ; vf:provider ex:ann ; vf:receiver ex:bob ;
                vf:resourceInventoriedAs ex:ladder ;
                vf:effortQuantity [ a vf:Measure ; vf:hasNumericalValue 2 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Null(Get("ladder").GetMeasure("accountingQuantity"));
        Assert.Equal(Id("ladder"), Get("climb").GetIri("resourceInventoriedAs"));
    }

    [Fact]
    public void Replay_Om2Measures_AreReadAsVfMeasures()
    {
        var report = Replay("""
            ex:pick a vf:EconomicEvent ; vf:action vf:produce ; vf:provider ex:ann ; vf:receiver ex:ann ; vf:resourceConformsTo ex:apples ;
                vf:resourceQuantity [ a om2:Measure ; om2:hasNumericalValue "2.5"^^xsd:decimal ; om2:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(new VfMeasure(2.5m, Id("kg")), Get("pick").GetMeasure("resourceQuantity"));
    }

    [Fact]
    public void Replay_BlankNodeRecordsAndNameFallbacks_GetWellKnownIrisAndVfNames()
    {
        var report = Replay("""
            [] a vf:Person ; <http://xmlns.com/foaf/0.1/name> "Cleo" .
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        using var snapshot = _store.OpenSnapshot();
        var people = snapshot.GetQuads(null, RdfVocabulary.Type, VfModel.Get("Person").Class, null).Select(q => (Iri)q.Subject).ToList();
        using var read = _ledger.OpenRead();
        var cleo = Assert.Single(people, p => read.Get(p)?.GetString("name") == "Cleo");
        Assert.StartsWith(Base + ".well-known/genid/", cleo.Value, StringComparison.Ordinal);
        Assert.Equal(Literal.Create("Cleo"), snapshot.GetQuads(cleo, VfModel.Get("Person").Field("name")!.Predicate, null, null).Single().Object);
    }

    [Fact]
    public void Replay_EventWithoutProvider_WritesNothingAndNamesTheEventAndField()
    {
        var report = Replay("""
            ex:pick a vf:EconomicEvent ; vf:action vf:produce ; vf:receiver ex:ann ; vf:resourceConformsTo ex:apples ;
                vf:resourceQuantity [ a vf:Measure ; vf:hasNumericalValue 1 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            """);

        var error = Assert.Single(report.Errors);
        Assert.Equal(Id("pick"), error.Record);
        Assert.Contains("provider", error.Field, StringComparison.Ordinal);
        Assert.Null(report.Sequence);
        Assert.Empty(report.Created);
        Assert.Null(Find("ann"));
    }

    [Fact]
    public void Replay_BrokenValues_AreAllReportedBeforeAnythingIsWritten()
    {
        var report = Replay("""
            ex:p a vf:Process ; vf:name "Pressing" ; vf:hasBeginning "2026-05-01"^^xsd:date .
            ex:q a vf:Process ; vf:name "Bottling" ; vf:basedOn "not an IRI" .
            ex:r a vf:EconomicEvent ; vf:action vf:produce ; vf:provider ex:ann ; vf:receiver ex:ann ;
                vf:resourceQuantity [ a vf:Measure ; vf:hasUnit ex:kg ] .
            """);

        Assert.Equal(
            [(Id("p"), "hasBeginning"), (Id("q"), "basedOn"), (Id("r"), "resourceQuantity.hasNumericalValue")],
            report.Errors.Select(e => (e.Record, e.Field)).ToArray());
        Assert.All(report.Errors, e => Assert.Equal(VfErrorCode.BadUserInput, e.Code));
        Assert.Null(Find("ann"));
    }

    [Fact]
    public void Replay_ReferenceToAMissingRecord_IsNotFoundNamingTheField()
    {
        var report = Replay("""
            ex:p a vf:Process ; vf:name "Pressing" ; vf:basedOn ex:nowhere .
            """);

        var error = Assert.Single(report.Errors);
        Assert.Equal((Id("p"), "basedOn", VfErrorCode.NotFound), (error.Record, error.Field, error.Code));
        Assert.Null(Find("ann"));
    }

    [Fact]
    public void Replay_EventTriggeredByALaterEvent_IsRefusedAsACycle()
    {
        var report = Replay("""
            ex:a a vf:EconomicEvent ; vf:action vf:work ; vf:provider ex:ann ; vf:receiver ex:bob ; vfEarlier:triggeredBy ex:b ;
                vf:effortQuantity [ a vf:Measure ; vf:hasNumericalValue 1 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-01T10:00:00Z"^^xsd:dateTime .
            ex:b a vf:EconomicEvent ; vf:action vf:work ; vf:provider ex:bob ; vf:receiver ex:ann ;
                vf:effortQuantity [ a vf:Measure ; vf:hasNumericalValue 1 ; vf:hasUnit ex:kg ] ;
                vf:hasPointInTime "2026-05-02T10:00:00Z"^^xsd:dateTime .
            """);

        var error = Assert.Single(report.Errors);
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Null(Find("ann"));
    }

    [Fact]
    public void Replay_TwiceIntoOneLedger_KeepsTheUnitsAndRefusesTheRecordsThatExist()
    {
        Assert.True(Replay("").Succeeded);

        var again = Replay("");

        var error = Assert.Single(again.Errors);
        Assert.Equal((Id("ann"), VfErrorCode.Conflict), (error.Record, error.Code));
        Assert.Null(again.Sequence);
        Assert.Equal(1, Replay("", withPeople: false).ExistingUnitsKept);
    }

    [Fact]
    public void Replay_UnknownPropertiesAndNamedGraphs_AreNotedNotWritten()
    {
        var quads = Parse(Prefixes + "ex:ann <https://example.org/shoeSize> 38 .").ToList();
        quads.Add(new Quad(Id("ghost"), RdfVocabulary.Type, VfModel.Get("Person").Class, Id("graph")));

        var report = RecordReplay.Replay(_ledger, quads);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(
            [RdfVocabulary.Type.Value, "https://example.org/shoeSize"],
            report.Ignored.Select(n => n.Predicate.Value).Order(StringComparer.Ordinal).ToArray());
        Assert.Null(Find("ghost"));
    }

    [Fact]
    public void Replay_WithProgress_ReportsEveryWrite()
    {
        var seen = new List<ReplayProgress>();
        var report = RecordReplay.Replay(_ledger, Parse(Prefixes), new SynchronousProgress(seen.Add));

        Assert.Equal(report.TotalCreated, seen.Count);
        Assert.Equal(new ReplayProgress(4, 4), seen[^1]);
    }

    private ReplayReport Replay(string records, bool withPeople = true)
    {
        var text = withPeople ? Prefixes + records : Prefixes.Replace("ex:ann a vf:Person ; vf:name \"Ann\" .", "", StringComparison.Ordinal)
            .Replace("ex:bob a vf:Person ; vf:name \"Bob\" .", "", StringComparison.Ordinal)
            .Replace("ex:apples a vf:ResourceSpecification ; vf:name \"Apples\" ; vf:defaultUnitOfResource ex:kg .", "", StringComparison.Ordinal);
        return RecordReplay.Replay(_ledger, Parse(text));
    }

    private static IEnumerable<Quad> Parse(string turtle)
    {
        using var reader = RdfFormats.Turtle.CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(turtle)));
        return reader.ReadAll().ToList();
    }

    private static Iri Id(string local) => Iri.Create(Base + local);

    private VfRecord? Find(string local)
    {
        using var read = _ledger.OpenRead();
        return read.Get(Id(local));
    }

    private VfRecord Get(string local) => Find(local) ?? throw new Xunit.Sdk.XunitException($"No record {local}.");

    private sealed class SynchronousProgress(Action<ReplayProgress> report) : IProgress<ReplayProgress>
    {
        public void Report(ReplayProgress value) => report(value);
    }
}
