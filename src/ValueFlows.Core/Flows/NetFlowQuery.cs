using ValueFlows.Rdf;

namespace ValueFlows.Core.Flows;

/// <summary>What a net-flows report covers.</summary>
/// <param name="Agents">The group: flows with the provider or the receiver in it, balances for its members (null = everyone).</param>
/// <param name="From">The period's inclusive start on the event's time (null = open).</param>
/// <param name="To">The period's exclusive end (null = open).</param>
public sealed record NetFlowQuery(IReadOnlySet<Iri>? Agents, DateTimeOffset? From, DateTimeOffset? To);
