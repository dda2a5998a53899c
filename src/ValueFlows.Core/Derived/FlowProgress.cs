using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Derived;

/// <summary>
/// How far a planned flow (commitment, intent or claim) has been realized: what it asks for, what the linked events (or
/// commitments) delivered in the same units, what remains, and whether it is finished (docs/vf-derived.md).
/// </summary>
public abstract record FlowProgress
{
    private protected FlowProgress()
    {
    }

    /// <summary>The commitment, intent or claim.</summary>
    public required Iri Id { get; init; }

    /// <summary>Its <c>resourceQuantity</c>, or null.</summary>
    public VfMeasure? ResourceQuantity { get; init; }

    /// <summary>Its <c>effortQuantity</c>, or null.</summary>
    public VfMeasure? EffortQuantity { get; init; }

    /// <summary>The resource quantity delivered so far, in the unit of <see cref="ResourceQuantity"/> (null when nothing was).</summary>
    public VfMeasure? DeliveredResourceQuantity { get; init; }

    /// <summary>The effort quantity delivered so far, in the unit of <see cref="EffortQuantity"/> (null when nothing was).</summary>
    public VfMeasure? DeliveredEffortQuantity { get; init; }

    /// <summary><see cref="ResourceQuantity"/> minus what was delivered, never below zero (null without a resource quantity).</summary>
    public VfMeasure? RemainingResourceQuantity { get; init; }

    /// <summary><see cref="EffortQuantity"/> minus what was delivered, never below zero (null without an effort quantity).</summary>
    public VfMeasure? RemainingEffortQuantity { get; init; }

    /// <summary>The events (for intents also commitments) counted, in IRI order; corrected events and corrections are left out.</summary>
    public IReadOnlyList<Iri> DeliveredBy { get; init; } = [];

    /// <summary>The stored <c>finished</c> flag, or null when none is stored.</summary>
    public bool? StoredFinished { get; init; }

    /// <summary>True when <see cref="StoredFinished"/> is true, or every quantity asked for has been delivered in full.</summary>
    public bool Finished { get; init; }
}

/// <summary>A commitment's progress from its fulfilments (Fulfillment records and VF 1.0 <c>vf:fulfills</c> links).</summary>
public sealed record CommitmentProgress : FlowProgress;

/// <summary>An intent's progress from its satisfactions (Satisfaction records and <c>vf:satisfies</c> links).</summary>
public sealed record IntentProgress : FlowProgress;

/// <summary>A claim's progress from its settlements (Settlement records and <c>vf:settles</c> links).</summary>
public sealed record ClaimProgress : FlowProgress;
