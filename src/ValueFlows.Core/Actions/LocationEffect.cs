namespace ValueFlows.Core.Actions;

/// <summary>The effect of an action on a resource's <c>currentLocation</c> (<c>vf:locationEffect</c>).</summary>
public enum LocationEffect
{
    /// <summary><c>vf:notApplicable</c>: the location does not change.</summary>
    NotApplicable,

    /// <summary><c>vf:new</c>: a resource the event creates gets the event's location.</summary>
    New,

    /// <summary><c>vf:update</c>: the resource moves to the event's location.</summary>
    Update,

    /// <summary><c>vf:updateTo</c>: the "to" resource gets the event's location.</summary>
    UpdateTo,
}
