namespace ValueFlows.Core.Events;

/// <summary>The facts of an <c>vf:EconomicResource</c> that events change, as a plain value (IRIs as strings).</summary>
/// <param name="Iri">The resource's IRI.</param>
public sealed record ResourceState(string Iri)
{
    /// <summary>The resource specification it conforms to (<c>vf:conformsTo</c>).</summary>
    public string? ConformsTo { get; init; }

    /// <summary>The quantity the primary accountable agent has rights to (<c>vf:accountingQuantity</c>).</summary>
    public Quantity? AccountingQuantity { get; init; }

    /// <summary>The quantity under the custodian's control (<c>vf:onhandQuantity</c>).</summary>
    public Quantity? OnhandQuantity { get; init; }

    /// <summary>Where it is (<c>vf:currentLocation</c>).</summary>
    public string? CurrentLocation { get; init; }

    /// <summary>The resource that contains it (<c>vf:containedIn</c>).</summary>
    public string? ContainedIn { get; init; }

    /// <summary>The agent with primary rights and responsibilities (<c>vf:primaryAccountable</c>).</summary>
    public string? PrimaryAccountable { get; init; }

    /// <summary>The process specification of the last process it came out of (<c>vf:stage</c>).</summary>
    public string? Stage { get; init; }

    /// <summary>Its state, e.g. <c>pass</c> or <c>fail</c> (<c>vf:state</c>, the action's local name as a string; DECISIONS 13).</summary>
    public string? State { get; init; }
}
