using ValueFlows.Rdf;

namespace ValueFlows.Core.Events;

/// <summary>What <see cref="EventRecorder"/> wrote inside a transaction that is not yet committed.</summary>
/// <param name="Event">The new event's IRI.</param>
/// <param name="NewResource">The IRI of the resource the event created, or null.</param>
/// <param name="ChangedResources">The resources created or changed, in write order.</param>
/// <param name="ImpliedTransfer">Rights or custody that passed between provider and receiver of a process flow, or null.</param>
public sealed record EventWrite(Iri Event, Iri? NewResource, IReadOnlyList<Iri> ChangedResources, ImpliedTransfer? ImpliedTransfer);
