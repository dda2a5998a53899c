namespace ValueFlows.Core.Events;

/// <summary>
/// A request to create a resource with the event (vf-graphql's <c>newInventoriedResource</c>), allowed when the action's
/// <c>createResource</c> is <c>optional</c> (it becomes the event's resource) or <c>optionalTo</c> (its "to" resource).
/// </summary>
/// <param name="Iri">The IRI the caller minted for the new resource.</param>
/// <param name="ConformsTo">Its resource specification; defaults to the event's <c>resourceConformsTo</c>.</param>
/// <param name="CurrentLocation">Where it is; defaults to the event's location.</param>
/// <param name="ContainedIn">The resource that contains it.</param>
public sealed record NewResourceRequest(string Iri, string? ConformsTo = null, string? CurrentLocation = null, string? ContainedIn = null);
