namespace ValueFlows.Core.Actions;

/// <summary>The effect of an action on a resource's accounting or onhand quantity (<c>vf:accountingEffect</c>, <c>vf:onhandEffect</c>).</summary>
public enum QuantityEffect
{
    /// <summary><c>vf:notApplicable</c> (vf-graphql's <c>noEffect</c>): the quantity does not change.</summary>
    NotApplicable,

    /// <summary><c>vf:increment</c>: add to the resource.</summary>
    Increment,

    /// <summary><c>vf:decrement</c>: subtract from the resource.</summary>
    Decrement,

    /// <summary><c>vf:decrementIncrement</c>: subtract from the resource and add to the "to" resource.</summary>
    DecrementIncrement,

    /// <summary><c>vf:incrementTo</c>: add to the "to" resource only.</summary>
    IncrementTo,
}
