namespace ValueFlows.Core.Events;

/// <summary>What recording an event changes: the resulting state of its resources, and rights or custody passing between agents.</summary>
/// <param name="Resource">The state of <c>resourceInventoriedAs</c> after the event (the created resource for <c>createResource optional</c>).</param>
/// <param name="ToResource">The state of <c>toResourceInventoriedAs</c> after the event (the created resource for <c>createResource optionalTo</c>).</param>
/// <param name="Created">The resource the event created, or null; it is also <paramref name="Resource"/> or <paramref name="ToResource"/>.</param>
/// <param name="ImpliedTransfer">Rights or custody passing between provider and receiver of a process flow, or null.</param>
public sealed record EventOutcome(ResourceState? Resource, ResourceState? ToResource, ResourceState? Created, ImpliedTransfer? ImpliedTransfer)
{
    /// <summary>The resources to write: the created one and every named resource whose state changed.</summary>
    /// <param name="before">The event facts the outcome was computed from.</param>
    public IReadOnlyList<ResourceState> ChangedResources(EventFacts before)
    {
        var changed = new List<ResourceState>(2);
        if (Resource is not null && (ReferenceEquals(Resource, Created) || Resource != before.Resource))
        {
            changed.Add(Resource);
        }

        if (ToResource is not null && (ReferenceEquals(ToResource, Created) || ToResource != before.ToResource))
        {
            changed.Add(ToResource);
        }

        return changed;
    }
}
