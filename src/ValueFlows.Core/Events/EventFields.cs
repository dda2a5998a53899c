namespace ValueFlows.Core.Events;

/// <summary>The input paths domain errors name, as vf-graphql's <c>createEconomicEvent</c> arguments spell them.</summary>
public static class EventFields
{
    /// <summary><c>event.action</c>.</summary>
    public const string Action = "event.action";

    /// <summary><c>event.provider</c>.</summary>
    public const string Provider = "event.provider";

    /// <summary><c>event.receiver</c>.</summary>
    public const string Receiver = "event.receiver";

    /// <summary><c>event.resourceQuantity</c>.</summary>
    public const string ResourceQuantity = "event.resourceQuantity";

    /// <summary><c>event.resourceQuantity.hasUnit</c>.</summary>
    public const string ResourceQuantityUnit = "event.resourceQuantity.hasUnit";

    /// <summary><c>event.resourceQuantity.hasNumericalValue</c>.</summary>
    public const string ResourceQuantityValue = "event.resourceQuantity.hasNumericalValue";

    /// <summary><c>event.effortQuantity</c>.</summary>
    public const string EffortQuantity = "event.effortQuantity";

    /// <summary><c>event.effortQuantity.hasUnit</c>.</summary>
    public const string EffortQuantityUnit = "event.effortQuantity.hasUnit";

    /// <summary><c>event.effortQuantity.hasNumericalValue</c>.</summary>
    public const string EffortQuantityValue = "event.effortQuantity.hasNumericalValue";

    /// <summary><c>event.resourceInventoriedAs</c>.</summary>
    public const string ResourceInventoriedAs = "event.resourceInventoriedAs";

    /// <summary><c>event.toResourceInventoriedAs</c>.</summary>
    public const string ToResourceInventoriedAs = "event.toResourceInventoriedAs";

    /// <summary><c>event.resourceConformsTo</c>.</summary>
    public const string ResourceConformsTo = "event.resourceConformsTo";

    /// <summary><c>event.inputOf</c>.</summary>
    public const string InputOf = "event.inputOf";

    /// <summary><c>event.outputOf</c>.</summary>
    public const string OutputOf = "event.outputOf";

    /// <summary><c>event.corrects</c> (DECISIONS 15).</summary>
    public const string Corrects = "event.corrects";

    /// <summary><c>newInventoriedResource</c>, the second argument of <c>createEconomicEvent</c>.</summary>
    public const string NewInventoriedResource = "newInventoriedResource";
}
