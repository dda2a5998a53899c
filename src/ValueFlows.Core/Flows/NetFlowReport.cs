namespace ValueFlows.Core.Flows;

/// <summary>Who gave what to whom in a period, and each agent's balance.</summary>
/// <param name="Flows">Per provider, receiver, action, specification and unit, ordered by those (IRIs ordinal).</param>
/// <param name="Balances">Per agent, specification and unit, ordered by those.</param>
public sealed record NetFlowReport(IReadOnlyList<NetFlow> Flows, IReadOnlyList<AgentBalance> Balances);
