using System.Globalization;
using System.Numerics;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// An <c>xsd:duration</c>, <c>xsd:dayTimeDuration</c> or <c>xsd:yearMonthDuration</c>: a number of months and an exact
/// number of seconds, both with the same sign (XML Schema 1.1 §3.3.6). Months are limited to what a long holds.
/// </summary>
public sealed class XsdDuration : XsdValue, IEquatable<XsdDuration>
{
    private XsdDuration(long months, XsdDecimal seconds, Iri datatype)
        : base(datatype)
    {
        Months = months;
        Seconds = seconds;
    }

    /// <summary>The months part (years × 12 + months), negative for a negative duration.</summary>
    public long Months { get; }

    /// <summary>The seconds part (days, hours, minutes and seconds in seconds), negative for a negative duration.</summary>
    public XsdDecimal Seconds { get; }

    /// <summary>XML Schema 1.1 durationCanonicalMap: <c>P1Y2M</c>, <c>-P3DT4H</c>, <c>PT0S</c> (<c>P0M</c> for a zero yearMonthDuration).</summary>
    public override string ToCanonicalString()
    {
        var b = new StringBuilder(24);
        if (Months < 0 || Seconds.Sign < 0)
        {
            b.Append('-');
        }

        b.Append('P');
        bool yearMonth = ReferenceEquals(Datatype, Xsd.YearMonthDuration) || Datatype.Equals(Xsd.YearMonthDuration);
        if (Months != 0 || yearMonth)
        {
            long m = Math.Abs(Months);
            long years = m / 12;
            long months = m % 12;
            if (years != 0)
            {
                b.Append(years.ToString(CultureInfo.InvariantCulture)).Append('Y');
            }

            if (months != 0 || years == 0)
            {
                b.Append(months.ToString(CultureInfo.InvariantCulture)).Append('M');
            }
        }

        if (!yearMonth && (Seconds.Sign != 0 || Months == 0))
        {
            AppendDayTime(b, Seconds.Sign < 0 ? Seconds.Negate() : Seconds);
        }

        return b.ToString();
    }

    /// <inheritdoc />
    public bool Equals(XsdDuration? other) =>
        other is not null && other.Months == Months && other.Seconds.Equals(Seconds) && other.Datatype.Equals(Datatype);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdDuration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Months, Seconds, Datatype);

    /// <summary>duDTCFragMap: <c>nD</c>, then <c>T</c> with <c>nH</c>, <c>nM</c>, <c>nS</c> where non-zero; <c>T0S</c> for zero.</summary>
    private static void AppendDayTime(StringBuilder b, XsdDecimal seconds)
    {
        if (seconds.Sign == 0)
        {
            b.Append("T0S");
            return;
        }

        var whole = BigInteger.DivRem(seconds.Unscaled, BigInteger.Pow(10, seconds.Scale), out var fraction);
        var days = BigInteger.DivRem(whole, 86400, out var dayRest);
        int rest = (int)dayRest;
        int hours = rest / 3600;
        int minutes = rest % 3600 / 60;
        var secs = XsdDecimal.Create((new BigInteger(rest % 60) * BigInteger.Pow(10, seconds.Scale)) + fraction, seconds.Scale);
        if (!days.IsZero)
        {
            b.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (hours == 0 && minutes == 0 && secs.Sign == 0)
        {
            return;
        }

        b.Append('T');
        if (hours != 0)
        {
            b.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            b.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (secs.Sign != 0)
        {
            b.Append(secs.ToMinimalString()).Append('S');
        }
    }

    /// <summary>
    /// <c>-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?</c> with at least one part and no empty <c>T</c>;
    /// the two derived types allow only their own parts.
    /// </summary>
    internal static XsdDuration? Parse(string lexical, Iri datatype)
    {
        var s = lexical.AsSpan();
        int i = 0;
        bool negative = i < s.Length && s[i] == '-';
        if (negative)
        {
            i++;
        }

        if (i >= s.Length || s[i] != 'P')
        {
            return null;
        }

        i++;
        bool yearMonthOnly = datatype.Equals(Xsd.YearMonthDuration);
        bool dayTimeOnly = datatype.Equals(Xsd.DayTimeDuration);
        BigInteger months = BigInteger.Zero;
        var seconds = XsdDecimal.Zero;
        bool any = false;
        bool inTime = false;
        bool timeHasPart = false;

        // Designators in the order they must appear; each used at most once.
        const string dateOrder = "YMD";
        const string timeOrder = "HMS";
        int next = 0;
        while (i < s.Length)
        {
            if (s[i] == 'T')
            {
                if (inTime || yearMonthOnly)
                {
                    return null;
                }

                inTime = true;
                next = 0;
                i++;
                continue;
            }

            int start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (i == start || i >= s.Length)
            {
                return null;
            }

            var number = s[start..i];
            char designator = s[i++];
            string order = inTime ? timeOrder : dateOrder;
            int position = order.IndexOf(designator, StringComparison.Ordinal);
            if (position < next)
            {
                return null;
            }

            next = position + 1;
            bool isSeconds = inTime && designator == 'S';
            if (!isSeconds && number.Contains('.'))
            {
                return null;
            }

            if (!XsdDecimal.TryParse(number, allowSign: false, out var value))
            {
                return null;
            }

            if (!inTime && designator != 'D')
            {
                if (dayTimeOnly)
                {
                    return null;
                }

                months += value.Unscaled * (designator == 'Y' ? 12 : 1);
            }
            else
            {
                if (yearMonthOnly)
                {
                    return null;
                }

                int factor = inTime ? designator switch { 'H' => 3600, 'M' => 60, _ => 1 } : 86400;
                seconds = seconds.Add(value.Multiply(XsdDecimal.From(new BigInteger(factor))));
                timeHasPart |= inTime;
            }

            any = true;
        }

        if (!any || (inTime && !timeHasPart) || months > long.MaxValue)
        {
            return null;
        }

        long m = (long)months;
        return negative ? new XsdDuration(-m, seconds.Negate(), datatype) : new XsdDuration(m, seconds, datatype);
    }
}
