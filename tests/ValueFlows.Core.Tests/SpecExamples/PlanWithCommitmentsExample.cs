using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Tests.Derived;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.SpecExamples;

/// <summary>
/// VF spec example "a plan with commitments fulfilled by events": a plan to repair and deliver a bike. Its process has a
/// committed work input and a committed modify output; delivering the bike is a commitment of the plan outside any process.
/// Events fulfil the work fully, the repair output, and the delivery is still open.
/// </summary>
public sealed class PlanWithCommitmentsExample : IDisposable
{
    private readonly Story _story = new();
    private readonly Iri _mechanic;
    private readonly Iri _owner;
    private readonly Iri _plan;
    private readonly Iri _repair;
    private readonly Iri _workCommitment;
    private readonly Iri _repairCommitment;
    private readonly Iri _deliveryCommitment;
    private readonly Iri _work;
    private readonly Iri _extraWork;

    public PlanWithCommitmentsExample()
    {
        _mechanic = _story.Person("Mechanic");
        _owner = _story.Person("Owner");
        var bikeSpec = _story.Spec("Bike");
        var bike = _story.Raise(_owner, bikeSpec, 1, Story.One, "Owner's bike");
        _plan = _story.Create("Plan", ("name", VfValue.Of("Fix the bike")), ("due", VfValue.Of(Story.Day(11, 30))));
        _repair = _story.Process("Repair", Of("plannedWithin", _plan));
        _workCommitment = _story.Create("Commitment", ("action", VfValue.Of("work")), Of("provider", _mechanic), Of("receiver", _owner),
            Of("inputOf", _repair), Of("plannedWithin", _plan), Effort(2, Story.Hour));
        _repairCommitment = _story.Create("Commitment", ("action", VfValue.Of("modify")), Of("provider", _mechanic), Of("receiver", _owner),
            Of("outputOf", _repair), Of("plannedWithin", _plan), Of("resourceInventoriedAs", bike), Quantity(1, Story.One));
        _deliveryCommitment = _story.Create("Commitment", ("action", VfValue.Of("transferCustody")), Of("provider", _mechanic), Of("receiver", _owner),
            Of("independentDemandOf", _plan), Of("plannedWithin", _plan), Of("resourceInventoriedAs", bike), Quantity(1, Story.One));

        _story.Event("accept", _owner, _mechanic, Of("inputOf", _repair), Of("resourceInventoriedAs", bike), Quantity(1, Story.One));
        _work = _story.Event("work", _mechanic, _owner, Of("inputOf", _repair), Effort(1.5m, Story.Hour)).Event.Id;
        _story.Create("Fulfillment", Of("fulfilledBy", _work), Of("fulfills", _workCommitment));
        _extraWork = _story.Event("work", _mechanic, _owner, Of("inputOf", _repair), Effort(0.5m, Story.Hour)).Event.Id;
        _story.Create("Fulfillment", Of("fulfilledBy", _extraWork), Of("fulfills", _workCommitment));
        var modify = _story.Event("modify", _mechanic, _owner, Of("outputOf", _repair), Of("resourceInventoriedAs", bike), Quantity(1, Story.One)).Event.Id;
        _story.Create("Fulfillment", Of("fulfilledBy", modify), Of("fulfills", _repairCommitment));
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Commitments_FulfilledByEvents_ReportProgress()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        var work = reader.GetCommitmentProgress(_workCommitment);
        Assert.Equal(new VfMeasure(2, Story.Hour), work.DeliveredEffortQuantity);
        Assert.True(work.Finished);
        Assert.Equal([_work, _extraWork], work.DeliveredBy);
        Assert.True(reader.GetCommitmentProgress(_repairCommitment).Finished);
        var delivery = reader.GetCommitmentProgress(_deliveryCommitment);
        Assert.False(delivery.Finished);
        Assert.Equal(new VfMeasure(1, Story.One), delivery.RemainingResourceQuantity);
    }

    [Fact]
    public void Plan_DerivedFields_ShowItsContents()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        Assert.Equal([_deliveryCommitment], reader.Related("Plan", "nonProcessCommitments", _plan));
        Assert.Equal(new[] { _mechanic, _owner }.OrderBy(i => i.Value, StringComparer.Ordinal), reader.Related("Plan", "involvedAgents", _plan));
        Assert.Equal([_plan], reader.Related("Agent", "plans", _mechanic));
        Assert.Equal(
            new[] { _workCommitment, _repairCommitment, _deliveryCommitment }.OrderBy(i => i.Value, StringComparer.Ordinal),
            reader.Related("Agent", "commitments", _owner));
    }

    [Fact]
    public void Process_PlannedFlows_LeaveOnlyTheUnplannedAccept()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        var unplanned = Assert.Single(reader.Related("Process", "unplannedInputs", _repair));
        Assert.Equal("accept", VfRecordAction(read.Get(unplanned)!));
        Assert.Empty(reader.Related("Process", "unplannedOutputs", _repair));
        Assert.Equal([_mechanic], reader.Related("Process", "workingAgents", _repair));
    }

    private static string VfRecordAction(VfRecord record) => record.GetIri("action")!.Value.Split('#')[^1];
}
