namespace ValueFlows.Core.Actions;

/// <summary>The effect of an action on a resource's <c>state</c> (<c>vf:stateEffect</c>).</summary>
public enum StateEffect
{
    /// <summary><c>vf:notApplicable</c>: the state does not change.</summary>
    NotApplicable,

    /// <summary><c>vf:update</c>: the resource gets the event's state.</summary>
    Update,

    /// <summary><c>vf:updateTo</c>: the "to" resource gets the event's state.</summary>
    UpdateTo,
}
