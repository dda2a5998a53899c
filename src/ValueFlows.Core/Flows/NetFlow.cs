using ValueFlows.Rdf;

namespace ValueFlows.Core.Flows;

/// <summary>What one agent gave another in the period with one action, per resource specification and unit.</summary>
/// <param name="Provider">Who gave.</param>
/// <param name="Receiver">Who received.</param>
/// <param name="Action">The VF action's local name (<c>transfer</c>, <c>work</c>…).</param>
/// <param name="ResourceConformsTo">The kind of resource (the event's, else its resource's specification), or null.</param>
/// <param name="Unit">The unit the quantities are counted in.</param>
/// <param name="Quantity">The sum of the events' quantities.</param>
/// <param name="EventCount">How many events were summed.</param>
public sealed record NetFlow(Iri Provider, Iri Receiver, string Action, Iri? ResourceConformsTo, Iri Unit, decimal Quantity, int EventCount);
