using ValueFlows.Core.Flows;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Samples;

/// <summary>mutual-aid.ttl through the net-flows view: the rototiller lent for a week was returned with six hours' planting help.</summary>
public sealed class MutualAidNetFlowTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    private static readonly Iri s_hour = Iri.Create(VfNamespaces.Om2 + "hour");
    private static readonly Iri s_one = Iri.Create(VfNamespaces.Om2 + "one");

    [Fact]
    public void RototillerLoan_WasReciprocatedWithPlantingHelp()
    {
        var flows = Network().Flows;
        var lent = Assert.Single(flows, f => Is(f, "hilltop", "linden", "transferCustody") && f.Unit == s_one);
        Assert.Equal(1, lent.Quantity);
        var help = Assert.Single(flows, f => Is(f, "linden", "hilltop", "deliverService"));
        Assert.Equal(6, help.Quantity);
        Assert.Equal(s_hour, help.Unit);
        Assert.Equal(LoadedSamples.Id("resourceSpecification/planting"), help.ResourceConformsTo);
    }

    [Theory]
    [InlineData("harbour", "linden", 6)]
    [InlineData("hilltop", "linden", 5)]
    public void ToolUse_IsCountedInHoursFromTheOwnerToTheBorrower(string owner, string borrower, int hours)
    {
        var use = Assert.Single(Network().Flows, f => Is(f, owner, borrower, "use"));
        Assert.Equal(hours, use.Quantity);
        Assert.Equal(s_hour, use.Unit);
    }

    [Fact]
    public void Services_FlowBothWaysBetweenHarbourAndTheOthers()
    {
        var flows = Network().Flows;
        Assert.Equal(3, Assert.Single(flows, f => Is(f, "harbour", "hilltop", "deliverService")).Quantity);
        Assert.Equal(4, Assert.Single(flows, f => Is(f, "linden", "harbour", "deliverService")).Quantity);
    }

    private NetFlowReport Network()
    {
        var crews = new HashSet<Iri>(new[] { "harbour", "hilltop", "linden" }.Select(c => LoadedSamples.Id("organization/" + c)));
        using var read = samples.Ledger.OpenRead();
        return NetFlows.Compute(read, new NetFlowQuery(crews, null, null));
    }

    private static bool Is(NetFlow flow, string provider, string receiver, string action) =>
        flow.Provider == LoadedSamples.Id("organization/" + provider) && flow.Receiver == LoadedSamples.Id("organization/" + receiver) && flow.Action == action;
}
