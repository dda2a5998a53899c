namespace ValueFlows.Core.Actions;

/// <summary>Which quantity an event with the action carries (<c>vf:eventQuantity</c>).</summary>
public enum EventQuantityKind
{
    /// <summary><c>vf:resource</c>: a <c>resourceQuantity</c>.</summary>
    Resource,

    /// <summary><c>vf:effort</c>: an <c>effortQuantity</c>.</summary>
    Effort,

    /// <summary><c>vf:both</c>: a <c>resourceQuantity</c>, an <c>effortQuantity</c>, or both.</summary>
    Both,
}
