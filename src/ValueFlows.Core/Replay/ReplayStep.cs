namespace ValueFlows.Core.Replay;

/// <summary>One write of a replay: a record, or an event with the resource it creates (its <c>newInventoriedResource</c>).</summary>
/// <param name="Record">The record to write.</param>
/// <param name="NewResource">For an event: the resource it creates, or null.</param>
/// <param name="NewResourceField">The event field that names the created resource (<c>resourceInventoriedAs</c> or <c>toResourceInventoriedAs</c>).</param>
/// <param name="NewResourceKeepsLocation">
/// The event says nothing about location (its action has no location effect, or it names neither <c>toLocation</c> nor
/// <c>atLocation</c>), so the resource's own <c>currentLocation</c> is where it was created (vf-graphql's
/// <c>newInventoriedResource.currentLocation</c>).
/// </param>
internal sealed record ReplayStep(ReplayRecord Record, ReplayRecord? NewResource, string? NewResourceField, bool NewResourceKeepsLocation = false);
