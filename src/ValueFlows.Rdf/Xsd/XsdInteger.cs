using System.Globalization;
using System.Numerics;

namespace ValueFlows.Rdf;

/// <summary>
/// An <c>xsd:integer</c> or a type derived from it (<c>xsd:long</c>, <c>xsd:nonNegativeInteger</c>, …), whose range is
/// checked. Lexical form <c>[+-]?[0-9]+</c>; canonical form without <c>+</c> and leading zeros.
/// </summary>
public sealed class XsdInteger : XsdValue, IEquatable<XsdInteger>, IComparable<XsdInteger>
{
    private static readonly Dictionary<string, (BigInteger? Min, BigInteger? Max)> s_ranges = new(StringComparer.Ordinal)
    {
        [Xsd.Integer.Value] = (null, null),
        [Xsd.NonPositiveInteger.Value] = (null, 0),
        [Xsd.NegativeInteger.Value] = (null, -1),
        [Xsd.NonNegativeInteger.Value] = (0, null),
        [Xsd.PositiveInteger.Value] = (1, null),
        [Xsd.Long.Value] = (long.MinValue, long.MaxValue),
        [Xsd.Int.Value] = (int.MinValue, int.MaxValue),
        [Xsd.Short.Value] = (short.MinValue, short.MaxValue),
        [Xsd.Byte.Value] = (sbyte.MinValue, sbyte.MaxValue),
        [Xsd.UnsignedLong.Value] = (0, ulong.MaxValue),
        [Xsd.UnsignedInt.Value] = (0, uint.MaxValue),
        [Xsd.UnsignedShort.Value] = (0, ushort.MaxValue),
        [Xsd.UnsignedByte.Value] = (0, byte.MaxValue),
    };

    private XsdInteger(BigInteger value, Iri datatype)
        : base(datatype) => Value = value;

    /// <summary>The value.</summary>
    public BigInteger Value { get; }

    /// <summary>An <c>xsd:integer</c>.</summary>
    public static XsdInteger From(BigInteger value) => new(value, Xsd.Integer);

    /// <summary>The value when it fits a long.</summary>
    public bool TryGetInt64(out long value)
    {
        if (Value >= long.MinValue && Value <= long.MaxValue)
        {
            value = (long)Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The value as an exact decimal.</summary>
    public XsdDecimal ToDecimal() => XsdDecimal.From(Value);

    /// <inheritdoc />
    public override string ToCanonicalString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(XsdInteger? other) => other is null ? 1 : Value.CompareTo(other.Value);

    /// <summary>Equal values of the same datatype.</summary>
    public bool Equals(XsdInteger? other) => other is not null && other.Value == Value && other.Datatype.Equals(Datatype);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdInteger);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Datatype);

    internal static XsdInteger? Parse(string lexical, Iri datatype)
    {
        var s = lexical.AsSpan();
        int start = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (s.Length == start || s[start..].ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var value = BigInteger.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var (min, max) = s_ranges[datatype.Value];
        return (min is { } lo && value < lo) || (max is { } hi && value > hi) ? null : new XsdInteger(value, datatype);
    }
}
