using ValueFlows.Core.Records;
using ValueFlows.Core.Replay;
using ValueFlows.Core.Samples;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Replay;

/// <summary>Recomputing derived resource state from the stored events and reporting what a raw write changed.</summary>
public sealed class DerivedStateCheckTests : IDisposable
{
    private const string Base = "https://check.example/";
    private static readonly Iri s_vfNumber = Iri.Create("https://w3id.org/valueflows/ont/vf#hasNumericalValue");
    private static readonly Iri s_currentLocation = Iri.Create("https://w3id.org/valueflows/ont/vf#currentLocation");

    private readonly QuadStore _store = QuadStore.CreateInMemory();
    private readonly VfLedger _ledger;

    public DerivedStateCheckTests()
    {
        _ledger = new VfLedger(_store, Base);
        var report = SampleStories.LoadInto(_ledger);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Run_StoreWrittenThroughCore_IsClean()
    {
        var report = DerivedStateCheck.Run(_ledger);

        Assert.True(report.Clean, string.Join(Environment.NewLine, report.Differences.Concat<object>(report.Replay.Errors)));
        Assert.Equal(6 + 6 + 1, report.ResourcesChecked); // the pot; six tools and lent tools; the six cider-chain resources
    }

    [Fact]
    public void Run_QuantityAndLocationChangedByRawWrites_ReportsBothWithTheResource()
    {
        var pot = Iri.Create(Base + "economicResource/pot");
        var potQuantity = Iri.Create(pot.Value + "#accountingQuantity");
        var drill = Iri.Create(Base + "economicResource/drill");
        using (var write = _store.BeginWrite())
        {
            var number = write.GetQuads(potQuantity, s_vfNumber, null, null).Single();
            write.Remove(number);
            write.Add(new Quad(potQuantity, s_vfNumber, Literal.Create("5000.0", Xsd.Decimal)));
            var location = write.GetQuads(drill, s_currentLocation, null, null).Single();
            write.Remove(location);
            write.Add(new Quad(drill, s_currentLocation, Iri.Create(Base + "spatialThing/linden-garage")));
            write.Commit();
        }

        var report = DerivedStateCheck.Run(_ledger);

        Assert.False(report.Clean);
        Assert.Equal(
            [(drill, "currentLocation"), (pot, "accountingQuantity")],
            report.Differences.Select(d => (d.Resource, d.Field)).ToArray());
        var quantity = report.Differences[1];
        Assert.StartsWith("5000 ", quantity.Stored, StringComparison.Ordinal);
        Assert.StartsWith("2750 ", quantity.Recomputed, StringComparison.Ordinal);
        Assert.Equal(Base + "spatialThing/harbour-workshop", report.Differences[0].Recomputed);
    }

    [Fact]
    public void Run_StoredEventBrokenByARawWrite_ReportsTheReplayError()
    {
        var eventId = Iri.Create(Base + "economicEvent/ruth-buys");
        using (var write = _store.BeginWrite())
        {
            write.Remove(write.GetQuads(eventId, Iri.Create("https://w3id.org/valueflows/ont/vf#provider"), null, null).Single());
            write.Commit();
        }

        var report = DerivedStateCheck.Run(_ledger);

        Assert.False(report.Clean);
        Assert.Equal(eventId, Assert.Single(report.Replay.Errors).Record);
    }
}
