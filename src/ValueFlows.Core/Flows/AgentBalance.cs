using ValueFlows.Rdf;

namespace ValueFlows.Core.Flows;

/// <summary>One agent's totals for one resource specification and unit: what it gave, what it received, and the difference.</summary>
/// <param name="Agent">The agent.</param>
/// <param name="ResourceConformsTo">The kind of resource, or null when the events did not say.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Given">The sum of the counted flows the agent provided.</param>
/// <param name="Received">The sum of the counted flows the agent received.</param>
/// <param name="Net"><paramref name="Given"/> − <paramref name="Received"/>: positive when the agent gave more than it received.</param>
public sealed record AgentBalance(Iri Agent, Iri? ResourceConformsTo, Iri Unit, decimal Given, decimal Received, decimal Net);
