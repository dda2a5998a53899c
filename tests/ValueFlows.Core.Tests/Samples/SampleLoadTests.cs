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
}
