using System.Globalization;

namespace ValueFlows.Rdf;

/// <summary>An <c>xsd:double</c>; canonical form <c>1.0E0</c>-style with the fewest digits that read back as the same double.</summary>
public sealed class XsdDouble : XsdValue, IEquatable<XsdDouble>
{
    private XsdDouble(double value)
        : base(Xsd.Double) => Value = value;

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>An <c>xsd:double</c>.</summary>
    public static XsdDouble From(double value) => new(value);

    /// <inheritdoc />
    public override string ToCanonicalString() => FloatingPointLexical.Canonical(
        double.IsNaN(Value), double.IsInfinity(Value), double.IsNegative(Value), Value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Identity of values (NaN equals NaN, 0 and -0 differ), as for the value space, not IEEE comparison.</summary>
    public bool Equals(XsdDouble? other) =>
        other is not null && (double.IsNaN(Value) ? double.IsNaN(other.Value) : BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(other.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdDouble);

    /// <inheritdoc />
    public override int GetHashCode() => double.IsNaN(Value) ? 0 : BitConverter.DoubleToInt64Bits(Value).GetHashCode();

    internal static XsdDouble? Parse(string lexical) =>
        FloatingPointLexical.IsLexical(lexical) ? new XsdDouble(FloatingPointLexical.ParseDouble(lexical)) : null;
}
