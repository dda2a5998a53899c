using ValueFlows.Core.Records;
using ValueFlows.Core.Samples;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Samples;

/// <summary>The stories load through Core: every record written, in one transaction, with nothing refused.</summary>
public sealed class SampleLoadTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    [Fact]
    public void LoadInto_EmptyLedger_WritesEveryRecordInOneTransaction()
    {
        Assert.True(samples.Report.Succeeded, string.Join(Environment.NewLine, samples.Report.Errors));
        Assert.NotNull(samples.Report.Sequence);
        Assert.Equal(32 + 13 + 15, samples.Report.Created["EconomicEvent"]);
        Assert.Empty(samples.Report.Ignored);
        Assert.Equal(0, samples.Report.DerivedValuesSkipped);
    }

    [Fact]
    public void LoadInto_LedgerThatHasTheSamples_RefusesAndWritesNothing()
    {
        using var store = QuadStore.CreateInMemory();
        var ledger = new VfLedger(store, LoadedSamples.Base);
        Assert.True(SampleStories.LoadInto(ledger).Succeeded);
        long sequence = store.Sequence;

        var again = SampleStories.LoadInto(ledger);

        Assert.Equal(VfErrorCode.Conflict, Assert.Single(again.Errors).Code);
        Assert.Equal(sequence, store.Sequence);
    }

    [Fact]
    public void Files_EachStory_IsTurtleThatTellsItsStoryInComments()
    {
        Assert.All(SampleStories.Files, file => Assert.StartsWith("# ", SampleStories.ReadText(file), StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => SampleStories.ReadText("nope.ttl"));
    }
}
