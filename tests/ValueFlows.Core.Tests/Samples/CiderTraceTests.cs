using ValueFlows.Core.Records;
using ValueFlows.Core.Trace;

namespace ValueFlows.Core.Tests.Samples;

/// <summary>cider-chain.ttl through track and trace: Ruth's bottles ← shop ← van run ← pressing ← apples ← harvest, and back.</summary>
public sealed class CiderTraceTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    [Fact]
    public void Trace_RuthsBottles_LeadsBackThroughTheVanRunAndThePressingToTheOrchardsHarvest()
    {
        var trace = Steps(read => TrackTrace.Trace(read, LoadedSamples.Id("economicResource/ruth-cider")));

        Assert.Contains("economicResource/pantry-cider", trace.Keys);
        Assert.Contains("process/delivery", trace.Keys);
        Assert.Contains("economicResource/bottles", trace.Keys);
        Assert.Contains("process/pressing", trace.Keys);
        Assert.Contains("economicResource/press-apples", trace.Keys);
        Assert.Contains("economicResource/orchard-apples", trace.Keys);
        Assert.Contains("process/harvest", trace.Keys);
        Assert.Contains("economicEvent/apples-picked", trace.Keys);

        // Nearest first: the shop's stock before the press's bottles, those before the apples.
        Assert.True(trace["economicResource/pantry-cider"] < trace["economicResource/bottles"]);
        Assert.True(trace["economicResource/bottles"] < trace["economicResource/press-apples"]);
        Assert.True(trace["economicResource/press-apples"] < trace["economicResource/orchard-apples"]);
        Assert.True(trace["process/pressing"] < trace["process/harvest"]);
    }

    [Fact]
    public void Trace_RuthsBottles_DoesNotWanderIntoPaymentsOrOtherStories()
    {
        var trace = Steps(read => TrackTrace.Trace(read, LoadedSamples.Id("economicResource/ruth-cider")));

        Assert.DoesNotContain("economicEvent/ruth-pays", trace.Keys);
        Assert.DoesNotContain("economicEvent/apples-paid", trace.Keys);
        Assert.DoesNotContain(trace.Keys, k => k.Contains("pot", StringComparison.Ordinal) || k.Contains("drill", StringComparison.Ordinal));
    }

    [Fact]
    public void Track_OrchardApples_LeadForwardToRuthsBottles()
    {
        var track = Steps(read => TrackTrace.Track(read, LoadedSamples.Id("economicResource/orchard-apples")));

        Assert.Contains("economicResource/press-apples", track.Keys);
        Assert.Contains("process/pressing", track.Keys);
        Assert.Contains("economicResource/bottles", track.Keys);
        Assert.Contains("process/delivery", track.Keys);
        Assert.Contains("economicResource/ruth-cider", track.Keys);
        Assert.DoesNotContain("process/harvest", track.Keys);
    }

    private Dictionary<string, int> Steps(Func<VfReadContext, IReadOnlyList<TraceStep>> walk)
    {
        using var read = samples.Ledger.OpenRead();
        return walk(read).ToDictionary(s => s.Id.Value[LoadedSamples.Base.Length..], s => s.Depth, StringComparer.Ordinal);
    }
}
