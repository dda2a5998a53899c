namespace ValueFlows.Core.Actions;

/// <summary>The effect of an action on a resource's <c>primaryAccountable</c> agent (<c>vf:accountableEffect</c>).</summary>
public enum AccountableEffect
{
    /// <summary><c>vf:notApplicable</c>: the accountable agent does not change.</summary>
    NotApplicable,

    /// <summary><c>vf:new</c>: a resource the event creates is accounted to the receiver.</summary>
    New,

    /// <summary><c>vf:updateTo</c>: the "to" resource is accounted to the receiver.</summary>
    UpdateTo,
}
