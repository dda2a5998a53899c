using System.Globalization;

namespace ValueFlows.Rdf;

/// <summary>An <c>xsd:float</c>; canonical form <c>1.0E0</c>-style with the fewest digits that read back as the same float.</summary>
public sealed class XsdFloat : XsdValue, IEquatable<XsdFloat>
{
    private XsdFloat(float value)
        : base(Xsd.Float) => Value = value;

    /// <summary>The value.</summary>
    public float Value { get; }

    /// <summary>An <c>xsd:float</c>.</summary>
    public static XsdFloat From(float value) => new(value);

    /// <inheritdoc />
    public override string ToCanonicalString() => FloatingPointLexical.Canonical(
        float.IsNaN(Value), float.IsInfinity(Value), float.IsNegative(Value), Value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Identity of values (NaN equals NaN, 0 and -0 differ), as for the value space, not IEEE comparison.</summary>
    public bool Equals(XsdFloat? other) =>
        other is not null && (float.IsNaN(Value) ? float.IsNaN(other.Value) : BitConverter.SingleToInt32Bits(Value) == BitConverter.SingleToInt32Bits(other.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdFloat);

    /// <inheritdoc />
    public override int GetHashCode() => float.IsNaN(Value) ? 0 : BitConverter.SingleToInt32Bits(Value).GetHashCode();

    internal static XsdFloat? Parse(string lexical) =>
        FloatingPointLexical.IsLexical(lexical) ? new XsdFloat(FloatingPointLexical.ParseSingle(lexical)) : null;
}
