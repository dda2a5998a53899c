using System.Diagnostics;
using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Puts canonical literals of five XSD datatypes inside a <see cref="TermId"/> and prints them back. A lexical form is
/// inlined only when printing the id gives exactly the same characters (DECISIONS.md 22): <c>"01"</c>, <c>"+1"</c>,
/// <c>"-0"</c>, <c>"1e0"</c>, leap seconds, more than three fraction digits or unusual zone offsets stay in the dictionary.
/// </summary>
public static class InlineLiteralCodec
{
    private const long IntegerMin = -(1L << 59);
    private const long IntegerMax = (1L << 59) - 1;
    private const long MantissaLimit = 1L << 54;
    private const int MaxDecimalScale = 28;
    private const int ZoneBits = 7;
    private const int ZoneNone = 0;
    private const int ZoneUtc = 1;
    private const int QuarterHourBias = 56;

    /// <summary>The longest text <see cref="FormatLexical"/> writes.</summary>
    public const int MaxLexicalLength = 40;

    /// <summary>The inline id of <paramref name="literal"/>, when it has one.</summary>
    public static bool TryEncode(Literal literal, out TermId id)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal.Language is not null)
        {
            id = default;
            return false;
        }

        return TryEncode(literal.Value, DatatypeKind(literal.Datatype.Value), out id);
    }

    /// <summary>The kind an id would have for a literal of this datatype IRI, or <see cref="TermIdKind.Literal"/> if none is inlined.</summary>
    public static TermIdKind DatatypeKind(string datatypeIri) => datatypeIri switch
    {
        Xsd.Namespace + "integer" => TermIdKind.Integer,
        Xsd.Namespace + "decimal" => TermIdKind.Decimal,
        Xsd.Namespace + "boolean" => TermIdKind.Boolean,
        Xsd.Namespace + "dateTime" => TermIdKind.DateTime,
        Xsd.Namespace + "date" => TermIdKind.Date,
        _ => TermIdKind.Literal,
    };

    /// <summary>The datatype IRI of an inline kind.</summary>
    public static Iri Datatype(TermIdKind kind) => kind switch
    {
        TermIdKind.Integer => Xsd.Integer,
        TermIdKind.Decimal => Xsd.Decimal,
        TermIdKind.Boolean => Xsd.Boolean,
        TermIdKind.DateTime => Xsd.DateTime,
        TermIdKind.Date => Xsd.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an inline kind."),
    };

    /// <summary>The inline id of a lexical form of the datatype <paramref name="kind"/>, when it has one.</summary>
    public static bool TryEncode(ReadOnlySpan<char> lexical, TermIdKind kind, out TermId id)
    {
        id = default;
        switch (kind)
        {
            case TermIdKind.Integer:
                if (TryParseCanonicalInteger(lexical, out long value) && value is >= IntegerMin and <= IntegerMax)
                {
                    id = TermId.Inline(TermIdKind.Integer, (ulong)value);
                    return true;
                }

                return false;
            case TermIdKind.Decimal:
                return TryEncodeDecimal(lexical, out id);
            case TermIdKind.Boolean:
                if (lexical.SequenceEqual("true") || lexical.SequenceEqual("false"))
                {
                    id = TermId.Inline(TermIdKind.Boolean, lexical[0] == 't' ? 1UL : 0UL);
                    return true;
                }

                return false;
            case TermIdKind.DateTime:
                return TryEncodeDateTime(lexical, out id);
            case TermIdKind.Date:
                return TryEncodeDate(lexical, out id);
            default:
                return false;
        }
    }

    /// <summary>The literal an inline id stands for.</summary>
    public static Literal Decode(TermId id)
    {
        Span<char> buffer = stackalloc char[MaxLexicalLength];
        int length = FormatLexical(id, buffer);
        return Literal.CreateUnchecked(new string(buffer[..length]), Datatype(id.Kind), null);
    }

    /// <summary>Writes the lexical form of an inline id into <paramref name="destination"/> (at least <see cref="MaxLexicalLength"/> chars).</summary>
    public static int FormatLexical(TermId id, Span<char> destination)
    {
        switch (id.Kind)
        {
            case TermIdKind.Integer:
                id.TryGetInteger(out long integer);
                return Write(integer, destination);
            case TermIdKind.Decimal:
                return FormatDecimal(id, destination);
            case TermIdKind.Boolean:
                return Copy(id.Payload != 0 ? "true" : "false", destination);
            case TermIdKind.DateTime:
                return FormatDateTime(id, destination);
            case TermIdKind.Date:
                return FormatDate(id, destination);
            default:
                throw new ArgumentOutOfRangeException(nameof(id), id, "Not an inline literal.");
        }
    }

    /// <summary>The inline id of a canonical <c>xsd:integer</c> in the inlined range (callers keep to small values).</summary>
    internal static TermId Integer(long value)
    {
        Debug.Assert(value is >= IntegerMin and <= IntegerMax, "The integer is outside the inlined range.");
        return TermId.Inline(TermIdKind.Integer, (ulong)value);
    }

    internal static void SplitDecimal(TermId id, out long mantissa, out int scale)
    {
        ulong payload = id.Payload;
        scale = (int)(payload & 31);
        mantissa = (long)(payload << 4) >> 9;
    }

    internal static void SplitDateTime(TermId id, out long milliseconds, out int fractionDigits, out int zone)
    {
        ulong payload = id.Payload;
        zone = (int)(payload & ((1 << ZoneBits) - 1));
        fractionDigits = (int)((payload >> ZoneBits) & 3);
        milliseconds = (long)(payload >> (ZoneBits + 2));
    }

    internal static void SplitDate(TermId id, out int dayNumber, out int zone)
    {
        ulong payload = id.Payload;
        zone = (int)(payload & ((1 << ZoneBits) - 1));
        dayNumber = (int)(payload >> ZoneBits);
    }

    internal static TimeSpan? ZoneOffset(int zone) => zone switch
    {
        ZoneNone => null,
        ZoneUtc => TimeSpan.Zero,
        _ => TimeSpan.FromMinutes((zone - 2 - QuarterHourBias) * 15),
    };

    private static bool TryParseCanonicalInteger(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        bool negative = s.Length > 0 && s[0] == '-';
        var digits = negative ? s[1..] : s;
        if (digits.Length is 0 or > 18 || (digits[0] == '0' && (digits.Length > 1 || negative)))
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool TryEncodeDecimal(ReadOnlySpan<char> s, out TermId id)
    {
        id = default;
        bool negative = s.Length > 0 && s[0] == '-';
        var body = negative ? s[1..] : s;
        int dot = body.IndexOf('.');
        var integerPart = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? [] : body[(dot + 1)..];
        if (integerPart.Length == 0 || (integerPart[0] == '0' && integerPart.Length > 1) || (dot >= 0 && fraction.Length == 0)
            || fraction.Length > MaxDecimalScale || integerPart.Length + fraction.Length > 17)
        {
            return false;
        }

        long mantissa = 0;
        foreach (char c in integerPart)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            mantissa = (mantissa * 10) + (c - '0');
        }

        foreach (char c in fraction)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            mantissa = (mantissa * 10) + (c - '0');
        }

        if (mantissa >= MantissaLimit || (negative && mantissa == 0))
        {
            return false;
        }

        if (negative)
        {
            mantissa = -mantissa;
        }

        id = TermId.Inline(TermIdKind.Decimal, ((ulong)mantissa << 5) | (uint)fraction.Length);
        return true;
    }

    private static int FormatDecimal(TermId id, Span<char> destination)
    {
        SplitDecimal(id, out long mantissa, out int scale);
        int pos = 0;
        if (mantissa < 0)
        {
            destination[pos++] = '-';
        }

        Span<char> digits = stackalloc char[32];
        ulong magnitude = (ulong)Math.Abs(mantissa);
        magnitude.TryFormat(digits, out int count, default, CultureInfo.InvariantCulture);
        int integerDigits = count - scale;
        if (integerDigits <= 0)
        {
            destination[pos++] = '0';
            destination[pos++] = '.';
            for (int i = integerDigits; i < 0; i++)
            {
                destination[pos++] = '0';
            }

            digits[..count].CopyTo(destination[pos..]);
            return pos + count;
        }

        digits[..integerDigits].CopyTo(destination[pos..]);
        pos += integerDigits;
        if (scale > 0)
        {
            destination[pos++] = '.';
            digits[integerDigits..count].CopyTo(destination[pos..]);
            pos += scale;
        }

        return pos;
    }

    private static bool TryEncodeDateTime(ReadOnlySpan<char> s, out TermId id)
    {
        id = default;
        if (s.Length < 19 || s[10] != 'T' || !TryParseDate(s[..10], out int dayNumber)
            || !TryTwoDigits(s, 11, out int hour) || s[13] != ':' || !TryTwoDigits(s, 14, out int minute) || s[16] != ':'
            || !TryTwoDigits(s, 17, out int second) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        int pos = 19;
        int fractionDigits = 0;
        int millis = 0;
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                if (++fractionDigits > 3)
                {
                    return false;
                }

                millis = (millis * 10) + (s[pos++] - '0');
            }

            if (fractionDigits == 0)
            {
                return false;
            }

            for (int i = fractionDigits; i < 3; i++)
            {
                millis *= 10;
            }
        }

        if (!TryParseZone(s[pos..], out int zone))
        {
            return false;
        }

        long ms = (((((long)dayNumber * 24) + hour) * 60 + minute) * 60 + second) * 1000 + millis;
        id = TermId.Inline(TermIdKind.DateTime, ((ulong)ms << (ZoneBits + 2)) | ((ulong)fractionDigits << ZoneBits) | (uint)zone);
        return true;
    }

    private static int FormatDateTime(TermId id, Span<char> destination)
    {
        SplitDateTime(id, out long ms, out int fractionDigits, out int zone);
        long dayNumber = ms / 86_400_000;
        long msOfDay = ms % 86_400_000;
        int pos = WriteDate((int)dayNumber, destination);
        destination[pos++] = 'T';
        pos = WriteTwoDigits((int)(msOfDay / 3_600_000), destination, pos);
        destination[pos++] = ':';
        pos = WriteTwoDigits((int)(msOfDay / 60_000 % 60), destination, pos);
        destination[pos++] = ':';
        pos = WriteTwoDigits((int)(msOfDay / 1000 % 60), destination, pos);
        if (fractionDigits > 0)
        {
            destination[pos++] = '.';
            int millis = (int)(msOfDay % 1000);
            for (int i = 0; i < fractionDigits; i++)
            {
                destination[pos++] = (char)('0' + (i == 0 ? millis / 100 : i == 1 ? millis / 10 % 10 : millis % 10));
            }
        }

        return WriteZone(zone, destination, pos);
    }

    private static bool TryEncodeDate(ReadOnlySpan<char> s, out TermId id)
    {
        id = default;
        if (s.Length < 10 || !TryParseDate(s[..10], out int dayNumber) || !TryParseZone(s[10..], out int zone))
        {
            return false;
        }

        id = TermId.Inline(TermIdKind.Date, ((ulong)dayNumber << ZoneBits) | (uint)zone);
        return true;
    }

    private static int FormatDate(TermId id, Span<char> destination)
    {
        SplitDate(id, out int dayNumber, out int zone);
        return WriteZone(zone, destination, WriteDate(dayNumber, destination));
    }

    private static bool TryParseDate(ReadOnlySpan<char> s, out int dayNumber)
    {
        dayNumber = 0;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-' || !TryTwoDigits(s, 0, out int c) || !TryTwoDigits(s, 2, out int y)
            || !TryTwoDigits(s, 5, out int month) || !TryTwoDigits(s, 8, out int day))
        {
            return false;
        }

        int year = (c * 100) + y;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        dayNumber = new DateOnly(year, month, day).DayNumber;
        return true;
    }

    private static int WriteDate(int dayNumber, Span<char> destination)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        int pos = WriteTwoDigits(date.Year / 100, destination, 0);
        pos = WriteTwoDigits(date.Year % 100, destination, pos);
        destination[pos++] = '-';
        pos = WriteTwoDigits(date.Month, destination, pos);
        destination[pos++] = '-';
        return WriteTwoDigits(date.Day, destination, pos);
    }

    private static bool TryParseZone(ReadOnlySpan<char> s, out int zone)
    {
        zone = ZoneNone;
        if (s.Length == 0)
        {
            return true;
        }

        if (s.Length == 1 && s[0] == 'Z')
        {
            zone = ZoneUtc;
            return true;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':' || !TryTwoDigits(s, 1, out int hours) || !TryTwoDigits(s, 4, out int minutes))
        {
            return false;
        }

        int total = (hours * 60) + minutes;
        if (minutes > 59 || total > 14 * 60 || total % 15 != 0 || (total == 0 && s[0] == '-'))
        {
            return false;
        }

        zone = 2 + QuarterHourBias + ((s[0] == '-' ? -total : total) / 15);
        return true;
    }

    private static int WriteZone(int zone, Span<char> destination, int pos)
    {
        if (zone == ZoneNone)
        {
            return pos;
        }

        if (zone == ZoneUtc)
        {
            destination[pos++] = 'Z';
            return pos;
        }

        int minutes = (zone - 2 - QuarterHourBias) * 15;
        destination[pos++] = minutes < 0 ? '-' : '+';
        minutes = Math.Abs(minutes);
        pos = WriteTwoDigits(minutes / 60, destination, pos);
        destination[pos++] = ':';
        return WriteTwoDigits(minutes % 60, destination, pos);
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (at + 1 >= s.Length || !char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1]))
        {
            return false;
        }

        value = ((s[at] - '0') * 10) + (s[at + 1] - '0');
        return true;
    }

    private static int WriteTwoDigits(int value, Span<char> destination, int pos)
    {
        destination[pos] = (char)('0' + (value / 10));
        destination[pos + 1] = (char)('0' + (value % 10));
        return pos + 2;
    }

    private static int Write(long value, Span<char> destination)
    {
        value.TryFormat(destination, out int written, default, CultureInfo.InvariantCulture);
        return written;
    }

    private static int Copy(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }
}
