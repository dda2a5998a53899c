using ValueFlows.Core.Model;

namespace ValueFlows.Core.Events;

/// <summary>A committed event and the resources it created or changed, as stored (vf-graphql's <c>EconomicEventResponse</c>).</summary>
/// <param name="Event">The event.</param>
/// <param name="NewInventoriedResource">The resource it created, or null.</param>
/// <param name="ChangedResources">Every resource it created or changed.</param>
/// <param name="ImpliedTransfer">Rights or custody that passed between provider and receiver of a process flow, or null.</param>
/// <param name="Sequence">The sequence number of the transaction (each written record's new revision).</param>
public sealed record RecordedEvent(
    VfRecord Event,
    VfRecord? NewInventoriedResource,
    IReadOnlyList<VfRecord> ChangedResources,
    ImpliedTransfer? ImpliedTransfer,
    long Sequence);
