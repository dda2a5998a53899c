using System.Globalization;
using System.Numerics;

namespace ValueFlows.Rdf;

/// <summary>
/// An exact <c>xsd:decimal</c>: <see cref="Unscaled"/> × 10^-<see cref="Scale"/>, with no limit on digits (System.Decimal
/// holds only 28–29 significant digits, so it is offered as a conversion, not used as the representation). The value is
/// kept normalised: no trailing zero digits after the point, so equal values have equal parts.
/// </summary>
public sealed class XsdDecimal : XsdValue, IEquatable<XsdDecimal>, IComparable<XsdDecimal>
{
    /// <summary>Zero.</summary>
    public static readonly XsdDecimal Zero = new(BigInteger.Zero, 0);

    private XsdDecimal(BigInteger unscaled, int scale)
        : base(Xsd.Decimal)
    {
        Unscaled = unscaled;
        Scale = scale;
    }

    /// <summary>The digits as an integer, with the sign.</summary>
    public BigInteger Unscaled { get; }

    /// <summary>How many of the digits are after the decimal point (0 or more).</summary>
    public int Scale { get; }

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Unscaled.Sign;

    /// <summary>True when the value is a whole number.</summary>
    public bool IsInteger => Scale == 0;

    /// <summary><paramref name="unscaled"/> × 10^-<paramref name="scale"/>, normalised.</summary>
    public static XsdDecimal Create(BigInteger unscaled, int scale)
    {
        if (scale < 0)
        {
            return new XsdDecimal(unscaled * BigInteger.Pow(10, -scale), 0);
        }

        if (unscaled.IsZero)
        {
            return Zero;
        }

        while (scale > 0)
        {
            var quotient = BigInteger.DivRem(unscaled, 10, out var remainder);
            if (!remainder.IsZero)
            {
                break;
            }

            unscaled = quotient;
            scale--;
        }

        return new XsdDecimal(unscaled, scale);
    }

    /// <summary>The exact value of a System.Decimal.</summary>
    public static XsdDecimal From(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return Create(bits[3] < 0 ? -magnitude : magnitude, value.Scale);
    }

    /// <summary>A whole number.</summary>
    public static XsdDecimal From(BigInteger value) => Create(value, 0);

    /// <summary>The value as a System.Decimal when it fits exactly (at most 28 digits after the point and |value| &lt; 2^96).</summary>
    public bool TryGetDecimal(out decimal value)
    {
        if (Scale <= 28 && BigInteger.Abs(Unscaled) < (BigInteger.One << 96))
        {
            var magnitude = BigInteger.Abs(Unscaled);
            Span<byte> bytes = stackalloc byte[12];
            bytes.Clear();
            magnitude.TryWriteBytes(bytes, out _, isUnsigned: true);
            int lo = BitConverter.ToInt32(bytes[..4]);
            int mid = BitConverter.ToInt32(bytes[4..8]);
            int hi = BitConverter.ToInt32(bytes[8..12]);
            value = new decimal(lo, mid, hi, Unscaled.Sign < 0, (byte)Scale);
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The nearest double.</summary>
    public double ToDouble() => double.Parse(ToCanonicalString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The sum.</summary>
    public XsdDecimal Add(XsdDecimal other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (a, b, scale) = Align(this, other);
        return Create(a + b, scale);
    }

    /// <summary>The difference.</summary>
    public XsdDecimal Subtract(XsdDecimal other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (a, b, scale) = Align(this, other);
        return Create(a - b, scale);
    }

    /// <summary>The product.</summary>
    public XsdDecimal Multiply(XsdDecimal other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(Unscaled * other.Unscaled, Scale + other.Scale);
    }

    /// <summary>The value with the opposite sign.</summary>
    public XsdDecimal Negate() => Create(-Unscaled, Scale);

    /// <inheritdoc />
    public int CompareTo(XsdDecimal? other)
    {
        if (other is null)
        {
            return 1;
        }

        var (a, b, _) = Align(this, other);
        return a.CompareTo(b);
    }

    /// <inheritdoc />
    public bool Equals(XsdDecimal? other) => other is not null && other.Scale == Scale && other.Unscaled == Unscaled;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdDecimal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unscaled, Scale);

    /// <summary>XSD 1.1 decimalPtCanonicalMap: always a point with a digit on each side (<c>1.0</c>, <c>-0.5</c>).</summary>
    public override string ToCanonicalString() => Scale == 0 ? Unscaled.ToString(CultureInfo.InvariantCulture) + ".0" : PointForm();

    /// <summary>The shortest decimal numeral: like the canonical form, but without <c>.0</c> for whole numbers.</summary>
    internal string ToMinimalString() => Scale == 0 ? Unscaled.ToString(CultureInfo.InvariantCulture) : PointForm();

    /// <summary>Parses <c>[+-]? ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+)</c>.</summary>
    internal static XsdDecimal? Parse(string lexical) => TryParse(lexical, allowSign: true, out var value) ? value : null;

    /// <summary>Parses a decimal numeral, optionally signed; at least one digit, at most one point.</summary>
    internal static bool TryParse(ReadOnlySpan<char> s, bool allowSign, out XsdDecimal value)
    {
        value = Zero;
        bool negative = false;
        if (allowSign && s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        int dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? [] : s[(dot + 1)..];
        if (whole.Length + fraction.Length == 0 || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var digits = new char[whole.Length + fraction.Length];
        whole.CopyTo(digits);
        fraction.CopyTo(digits.AsSpan(whole.Length));
        var unscaled = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        value = Create(negative ? -unscaled : unscaled, fraction.Length);
        return true;
    }

    private string PointForm()
    {
        var digits = BigInteger.Abs(Unscaled).ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= Scale)
        {
            digits = new string('0', Scale - digits.Length + 1) + digits;
        }

        int point = digits.Length - Scale;
        return (Unscaled.Sign < 0 ? "-" : "") + digits[..point] + "." + digits[point..];
    }

    private static (BigInteger A, BigInteger B, int Scale) Align(XsdDecimal x, XsdDecimal y)
    {
        if (x.Scale == y.Scale)
        {
            return (x.Unscaled, y.Unscaled, x.Scale);
        }

        return x.Scale > y.Scale
            ? (x.Unscaled, y.Unscaled * BigInteger.Pow(10, x.Scale - y.Scale), x.Scale)
            : (x.Unscaled * BigInteger.Pow(10, y.Scale - x.Scale), y.Unscaled, y.Scale);
    }
}
