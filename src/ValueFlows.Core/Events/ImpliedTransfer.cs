namespace ValueFlows.Core.Events;

/// <summary>
/// Rights and/or custody that pass between agents as a side effect of a process flow whose provider and receiver differ
/// (e.g. Ann's flour consumed in Bob's bakery): not a transfer event, but a change of who holds what.
/// </summary>
/// <param name="From">The provider.</param>
/// <param name="To">The receiver.</param>
/// <param name="Quantity">How much.</param>
/// <param name="Resource">The resource involved, when the event names one.</param>
/// <param name="ResourceConformsTo">What kind of resource, when known.</param>
/// <param name="Rights">True when accounting rights pass (the action has an accounting effect).</param>
/// <param name="Custody">True when custody passes (the action has an onhand effect).</param>
public sealed record ImpliedTransfer(string From, string To, Quantity Quantity, string? Resource, string? ResourceConformsTo, bool Rights, bool Custody);
