using ValueFlows.Core.Actions;

namespace ValueFlows.Core.Events;

/// <summary>An economic event as the effects rules see it: its action and facts, with the current state of what it names.</summary>
/// <param name="Action">The event's action, from the <see cref="ActionCatalog"/>.</param>
/// <param name="Provider">The IRI of the agent the flow comes from (<c>vf:provider</c>).</param>
/// <param name="Receiver">The IRI of the agent the flow goes to (<c>vf:receiver</c>).</param>
public sealed record EventFacts(VfAction Action, string Provider, string Receiver)
{
    /// <summary>The resource quantity (<c>vf:resourceQuantity</c>).</summary>
    public Quantity? ResourceQuantity { get; init; }

    /// <summary>The effort quantity (<c>vf:effortQuantity</c>).</summary>
    public Quantity? EffortQuantity { get; init; }

    /// <summary>The current state of <c>resourceInventoriedAs</c>, when the event names one.</summary>
    public ResourceState? Resource { get; init; }

    /// <summary>The current state of <c>toResourceInventoriedAs</c>, when the event names one.</summary>
    public ResourceState? ToResource { get; init; }

    /// <summary>The process the event is an input of (<c>vf:inputOf</c>).</summary>
    public ProcessFacts? InputOf { get; init; }

    /// <summary>The process the event is an output of (<c>vf:outputOf</c>).</summary>
    public ProcessFacts? OutputOf { get; init; }

    /// <summary>Where the event happens (vf-graphql's <c>atLocation</c>, earlier VF namespace).</summary>
    public string? AtLocation { get; init; }

    /// <summary>The new location of the resource the event moves (<c>vf:toLocation</c>).</summary>
    public string? ToLocation { get; init; }

    /// <summary>What kind of resource flows (<c>vf:resourceConformsTo</c>).</summary>
    public string? ResourceConformsTo { get; init; }

    /// <summary>A resource to create with the event (vf-graphql's <c>newInventoriedResource</c>).</summary>
    public NewResourceRequest? NewResource { get; init; }

    /// <summary>The state the event gives its resource (<c>pass</c>, <c>fail</c>…; DECISIONS 13).</summary>
    public string? State { get; init; }
}
