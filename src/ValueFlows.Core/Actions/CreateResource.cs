namespace ValueFlows.Core.Actions;

/// <summary>Whether an event with the action may create a new economic resource (<c>vf:createResource</c>).</summary>
public enum CreateResource
{
    /// <summary><c>vf:notApplicable</c>: the action never creates a resource.</summary>
    NotApplicable,

    /// <summary><c>vf:optional</c>: the event may create its <c>resourceInventoriedAs</c>.</summary>
    Optional,

    /// <summary><c>vf:optionalTo</c>: the event may create its <c>toResourceInventoriedAs</c>.</summary>
    OptionalTo,
}
