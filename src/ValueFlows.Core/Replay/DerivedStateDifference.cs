using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>A derived field of a resource whose stored value is not what Core computes from the events.</summary>
/// <param name="Resource">The resource's IRI.</param>
/// <param name="Field">The field (<c>accountingQuantity</c>, <c>currentLocation</c>…).</param>
/// <param name="Stored">The stored value as text, or null when none is stored.</param>
/// <param name="Recomputed">The value replaying the events gives, as text, or null when it gives none.</param>
public sealed record DerivedStateDifference(Iri Resource, string Field, string? Stored, string? Recomputed)
{
    /// <inheritdoc />
    public override string ToString() => $"{Resource.Value} {Field}: stored {Stored ?? "(none)"}, recomputed {Recomputed ?? "(none)"}";
}
