using System.Globalization;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// A value of the date/time family — <c>xsd:dateTime</c>, <c>dateTimeStamp</c>, <c>date</c>, <c>time</c>, <c>gYear</c>,
/// <c>gYearMonth</c>, <c>gMonth</c>, <c>gMonthDay</c>, <c>gDay</c> — in XML Schema 1.1's seven-property model: the fields
/// a type has are set, the others null. The timezone is kept as written (canonical <c>Z</c> for a zero offset); an
/// end-of-day <c>24:00:00</c> becomes 00:00:00 of the next day. Years are limited to 18 digits.
/// </summary>
public sealed class XsdDateTime : XsdValue
{
    private XsdDateTime(Iri datatype)
        : base(datatype)
    {
    }

    /// <summary>The year (year 0 is 1 BCE, as in XML Schema 1.1), or null.</summary>
    public long? Year { get; private init; }

    /// <summary>The month 1–12, or null.</summary>
    public int? Month { get; private init; }

    /// <summary>The day of the month 1–31, or null.</summary>
    public int? Day { get; private init; }

    /// <summary>The hour 0–23, or null.</summary>
    public int? Hour { get; private init; }

    /// <summary>The minute 0–59, or null.</summary>
    public int? Minute { get; private init; }

    /// <summary>The seconds, 0 to less than 60, exact, or null.</summary>
    public XsdDecimal? Second { get; private init; }

    /// <summary>The timezone offset in minutes (−840 to 840), or null when the value has none.</summary>
    public int? TimezoneOffsetMinutes { get; private init; }

    /// <inheritdoc />
    public override string ToCanonicalString()
    {
        var b = new StringBuilder(32);
        switch (Datatype.Value[Xsd.Namespace.Length..])
        {
            case "dateTime" or "dateTimeStamp":
                AppendDate(b);
                b.Append('T');
                AppendTime(b);
                break;
            case "date":
                AppendDate(b);
                break;
            case "time":
                AppendTime(b);
                break;
            case "gYearMonth":
                AppendYear(b);
                b.Append('-');
                AppendTwoDigits(b, Month!.Value);
                break;
            case "gYear":
                AppendYear(b);
                break;
            case "gMonthDay":
                b.Append("--");
                AppendTwoDigits(b, Month!.Value);
                b.Append('-');
                AppendTwoDigits(b, Day!.Value);
                break;
            case "gMonth":
                b.Append("--");
                AppendTwoDigits(b, Month!.Value);
                break;
            default:
                b.Append("---");
                AppendTwoDigits(b, Day!.Value);
                break;
        }

        if (TimezoneOffsetMinutes is { } tz)
        {
            if (tz == 0)
            {
                b.Append('Z');
            }
            else
            {
                b.Append(tz < 0 ? '-' : '+');
                AppendTwoDigits(b, Math.Abs(tz) / 60);
                b.Append(':');
                AppendTwoDigits(b, Math.Abs(tz) % 60);
            }
        }

        return b.ToString();
    }

    internal static XsdDateTime? Parse(string lexical, Iri datatype)
    {
        var s = lexical.AsSpan();
        int i = 0;
        long? year = null;
        int? month = null;
        int? day = null;
        int? hour = null;
        int? minute = null;
        XsdDecimal? second = null;
        string type = datatype.Value[Xsd.Namespace.Length..];
        bool ok = type switch
        {
            "dateTime" or "dateTimeStamp" => ReadDate(s, ref i, out year, out month, out day)
                && Expect(s, ref i, 'T') && ReadTime(s, ref i, out hour, out minute, out second),
            "date" => ReadDate(s, ref i, out year, out month, out day),
            "time" => ReadTime(s, ref i, out hour, out minute, out second),
            "gYearMonth" => ReadYear(s, ref i, out year) && Expect(s, ref i, '-') && ReadMonth(s, ref i, out month),
            "gYear" => ReadYear(s, ref i, out year),
            "gMonthDay" => Expect(s, ref i, '-') && Expect(s, ref i, '-') && ReadMonth(s, ref i, out month)
                && Expect(s, ref i, '-') && ReadDay(s, ref i, out day) && day <= DaysInMonth(2000, month!.Value),
            "gMonth" => Expect(s, ref i, '-') && Expect(s, ref i, '-') && ReadMonth(s, ref i, out month),
            _ => Expect(s, ref i, '-') && Expect(s, ref i, '-') && Expect(s, ref i, '-') && ReadDay(s, ref i, out day),
        };
        if (!ok || !ReadTimezone(s, ref i, out int? timezone) || i != s.Length)
        {
            return null;
        }

        if (timezone is null && type == "dateTimeStamp")
        {
            return null;
        }

        if (hour == 24)
        {
            // End of day is the first instant of the next day (XML Schema 1.1 §D.2.1, dateTime lexical mapping).
            hour = 0;
            if (day is not null)
            {
                NextDay(ref year, ref month, ref day);
            }
        }

        return new XsdDateTime(datatype)
        {
            Year = year,
            Month = month,
            Day = day,
            Hour = hour,
            Minute = minute,
            Second = second,
            TimezoneOffsetMinutes = timezone,
        };
    }

    private static void NextDay(ref long? year, ref int? month, ref int? day)
    {
        if (day < DaysInMonth(year!.Value, month!.Value))
        {
            day++;
            return;
        }

        day = 1;
        if (month < 12)
        {
            month++;
            return;
        }

        month = 1;
        year++;
    }

    internal static int DaysInMonth(long year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool ReadDate(ReadOnlySpan<char> s, ref int i, out long? year, out int? month, out int? day)
    {
        month = null;
        day = null;
        return ReadYear(s, ref i, out year) && Expect(s, ref i, '-') && ReadMonth(s, ref i, out month)
            && Expect(s, ref i, '-') && ReadDay(s, ref i, out day) && day <= DaysInMonth(year!.Value, month!.Value);
    }

    /// <summary><c>hh:mm:ss(.s+)?</c> with hh 00–23, or the end of day <c>24:00:00(.0+)?</c>.</summary>
    private static bool ReadTime(ReadOnlySpan<char> s, ref int i, out int? hour, out int? minute, out XsdDecimal? second)
    {
        hour = null;
        minute = null;
        second = null;
        if (!ReadTwoDigits(s, ref i, out int h) || h > 24 || !Expect(s, ref i, ':')
            || !ReadTwoDigits(s, ref i, out int m) || m > 59 || !Expect(s, ref i, ':')
            || !ReadTwoDigits(s, ref i, out int whole) || whole > 59)
        {
            return false;
        }

        int start = i - 2;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            int fractionStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == fractionStart)
            {
                return false;
            }
        }

        XsdDecimal.TryParse(s[start..i], allowSign: false, out var seconds);
        if (h == 24 && (m != 0 || seconds.Sign != 0))
        {
            return false;
        }

        hour = h;
        minute = m;
        second = seconds;
        return true;
    }

    /// <summary>
    /// <c>-?</c> and at least four digits, with no leading zero when there are more than four (XML Schema 1.1 yearFrag).
    /// </summary>
    private static bool ReadYear(ReadOnlySpan<char> s, ref int i, out long? year)
    {
        year = null;
        bool negative = i < s.Length && s[i] == '-';
        int start = negative ? i + 1 : i;
        int end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        int length = end - start;
        if (length < 4 || length > 18 || (length > 4 && s[start] == '0'))
        {
            return false;
        }

        long value = long.Parse(s[start..end], NumberStyles.None, CultureInfo.InvariantCulture);
        year = negative ? -value : value;
        i = end;
        return true;
    }

    private static bool ReadMonth(ReadOnlySpan<char> s, ref int i, out int? month)
    {
        bool ok = ReadTwoDigits(s, ref i, out int m) && m is >= 1 and <= 12;
        month = ok ? m : null;
        return ok;
    }

    private static bool ReadDay(ReadOnlySpan<char> s, ref int i, out int? day)
    {
        bool ok = ReadTwoDigits(s, ref i, out int d) && d is >= 1 and <= 31;
        day = ok ? d : null;
        return ok;
    }

    /// <summary>Nothing, <c>Z</c>, or <c>(+|-)hh:mm</c> up to 14:00.</summary>
    private static bool ReadTimezone(ReadOnlySpan<char> s, ref int i, out int? minutes)
    {
        minutes = null;
        if (i == s.Length)
        {
            return true;
        }

        if (s[i] == 'Z')
        {
            i++;
            minutes = 0;
            return true;
        }

        if (s[i] is not ('+' or '-'))
        {
            return false;
        }

        int sign = s[i] == '-' ? -1 : 1;
        i++;
        if (!ReadTwoDigits(s, ref i, out int h) || !Expect(s, ref i, ':') || !ReadTwoDigits(s, ref i, out int m)
            || m > 59 || h > 14 || (h == 14 && m != 0))
        {
            return false;
        }

        minutes = sign * ((h * 60) + m);
        return true;
    }

    private static bool ReadTwoDigits(ReadOnlySpan<char> s, ref int i, out int value)
    {
        if (i + 2 > s.Length || !char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1]))
        {
            value = 0;
            return false;
        }

        value = ((s[i] - '0') * 10) + (s[i + 1] - '0');
        i += 2;
        return true;
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private void AppendDate(StringBuilder b)
    {
        AppendYear(b);
        b.Append('-');
        AppendTwoDigits(b, Month!.Value);
        b.Append('-');
        AppendTwoDigits(b, Day!.Value);
    }

    private void AppendTime(StringBuilder b)
    {
        AppendTwoDigits(b, Hour!.Value);
        b.Append(':');
        AppendTwoDigits(b, Minute!.Value);
        b.Append(':');
        var seconds = Second!.ToMinimalString();
        if (seconds.Length == 1 || seconds[1] == '.')
        {
            b.Append('0');
        }

        b.Append(seconds);
    }

    /// <summary>Four digits at least, with a minus for years before year 0 (XML Schema 1.1 yearCanonicalFragmentMap).</summary>
    private void AppendYear(StringBuilder b)
    {
        long y = Year!.Value;
        if (y < 0)
        {
            b.Append('-');
        }

        b.Append(Math.Abs(y).ToString("D4", CultureInfo.InvariantCulture));
    }

    private static void AppendTwoDigits(StringBuilder b, int value) => b.Append((char)('0' + (value / 10))).Append((char)('0' + (value % 10)));
}
