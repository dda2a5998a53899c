using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Replay;
using ValueFlows.Core.Samples;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Samples;

/// <summary>The three sample stories loaded once through Core into an in-memory ledger (shared by the story tests).</summary>
public sealed class LoadedSamples : IDisposable
{
    public const string Base = "https://samples.example/";

    private readonly QuadStore _store = QuadStore.CreateInMemory();

    public LoadedSamples()
    {
        Ledger = new VfLedger(_store, Base);
        Report = SampleStories.LoadInto(Ledger);
    }

    public VfLedger Ledger { get; }

    public ReplayReport Report { get; }

    public static Iri Id(string path) => Iri.Create(Base + path);

    public VfRecord Get(string path)
    {
        using var read = Ledger.OpenRead();
        return read.Get(Id(path)) ?? throw new Xunit.Sdk.XunitException($"No record {path}: " + string.Join("; ", Report.Errors));
    }

    public decimal? Quantity(string path, string field) => Get(path).GetMeasure(field)?.NumericalValue;

    public void Dispose() => _store.Dispose();
}
