namespace ValueFlows.Core.Actions;

/// <summary>The effect of an action on a resource's <c>containedIn</c> (<c>vf:containedEffect</c>).</summary>
public enum ContainedEffect
{
    /// <summary><c>vf:notApplicable</c>: containment does not change.</summary>
    NotApplicable,

    /// <summary><c>vf:update</c>: the resource is put into a container (combine).</summary>
    Update,

    /// <summary><c>vf:updateTo</c>: the "to" resource's container is updated.</summary>
    UpdateTo,

    /// <summary><c>vf:remove</c>: the resource is taken out of its container (separate).</summary>
    Remove,
}
