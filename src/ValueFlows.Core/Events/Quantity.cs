namespace ValueFlows.Core.Events;

/// <summary>A quantity as the effects rules see it: a decimal value and the IRI of its <c>vf:Unit</c>.</summary>
/// <param name="Value">The numerical value (<c>vf:hasNumericalValue</c>).</param>
/// <param name="Unit">The unit's IRI (<c>vf:hasUnit</c>).</param>
public readonly record struct Quantity(decimal Value, string Unit)
{
    /// <summary>This quantity plus <paramref name="amount"/> (same unit; the caller checked it).</summary>
    public Quantity Add(decimal amount) => this with { Value = Value + amount };

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Value} <{Unit}>");
}
