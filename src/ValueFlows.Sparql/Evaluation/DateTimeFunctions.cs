using System.Globalization;
using System.Text.RegularExpressions;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>YEAR … TZ over <c>xsd:dateTime</c> (and <c>xsd:date</c>) literals, read from the lexical form (§17.4.5).</summary>
internal static partial class DateTimeFunctions
{
    private const long MillisecondsPerDay = 86_400_000;
    private static readonly Iri s_dayTimeDuration = Iri.CreateUnchecked(Xsd.Namespace + "dayTimeDuration");

    [GeneratedRegex(@"^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static Term? Apply(BuiltInFunction f, Term? argument)
    {
        if (argument is not Literal l || !(TermComparer.IsType(l, Xsd.DateTime) || TermComparer.IsType(l, Xsd.Date)))
        {
            return null;
        }

        var m = Shape().Match(l.Value);
        if (!m.Success)
        {
            return null;
        }

        string zone = m.Groups[7].Value;
        switch (f)
        {
            case BuiltInFunction.Year:
                return Integer(m.Groups[1].Value);
            case BuiltInFunction.Month:
                return Integer(m.Groups[2].Value);
            case BuiltInFunction.Day:
                return Integer(m.Groups[3].Value);
            case BuiltInFunction.Hours:
                return m.Groups[4].Success ? Integer(m.Groups[4].Value) : null;
            case BuiltInFunction.Minutes:
                return m.Groups[5].Success ? Integer(m.Groups[5].Value) : null;
            case BuiltInFunction.Seconds:
                if (!m.Groups[6].Success)
                {
                    return null;
                }

                decimal seconds = decimal.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture);
                return new NumericValue(NumericKind.Decimal, seconds, 0).ToLiteral();
            case BuiltInFunction.Tz:
                return Literal.Create(zone);
            default:
                if (zone.Length == 0)
                {
                    return null;
                }

                if (zone == "Z")
                {
                    return Literal.CreateUnchecked("PT0S", s_dayTimeDuration, null);
                }

                int hours = int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture);
                int minutes = int.Parse(zone.AsSpan(4, 2), CultureInfo.InvariantCulture);
                if (hours == 0 && minutes == 0)
                {
                    return Literal.CreateUnchecked("PT0S", s_dayTimeDuration, null);
                }

                string text = (zone[0] == '-' ? "-" : string.Empty) + "PT" + (hours > 0 ? hours.ToString(CultureInfo.InvariantCulture) + "H" : string.Empty)
                    + (minutes > 0 ? minutes.ToString(CultureInfo.InvariantCulture) + "M" : string.Empty);
                return Literal.CreateUnchecked(text, s_dayTimeDuration, null);
        }
    }

    /// <summary>
    /// YEAR, MONTH, DAY, HOURS or MINUTES of an inlined <c>xsd:dateTime</c> or <c>xsd:date</c> id, as the inlined
    /// <c>xsd:integer</c> id of the same canonical literal <see cref="Apply"/> gives, read from the id's fields (which
    /// keep the wall-clock time as written, like the lexical form) with no term; false when the term path must answer.
    /// </summary>
    public static bool TryApplyInline(BuiltInFunction f, TermId argument, out TermId result)
    {
        long milliseconds;
        switch (argument.Kind)
        {
            case TermIdKind.DateTime:
                InlineLiteralCodec.SplitDateTime(argument, out milliseconds, out _, out _);
                break;
            case TermIdKind.Date when f is BuiltInFunction.Year or BuiltInFunction.Month or BuiltInFunction.Day:
                InlineLiteralCodec.SplitDate(argument, out int dayNumber, out _);
                milliseconds = dayNumber * MillisecondsPerDay;
                break;
            default:
                result = default;
                return false;
        }

        long value;
        switch (f)
        {
            case BuiltInFunction.Year or BuiltInFunction.Month or BuiltInFunction.Day:
                var date = DateOnly.FromDayNumber((int)(milliseconds / MillisecondsPerDay));
                value = f == BuiltInFunction.Year ? date.Year : f == BuiltInFunction.Month ? date.Month : date.Day;
                break;
            case BuiltInFunction.Hours:
                value = milliseconds % MillisecondsPerDay / 3_600_000;
                break;
            case BuiltInFunction.Minutes:
                value = milliseconds % MillisecondsPerDay / 60_000 % 60;
                break;
            default:
                result = default;
                return false;
        }

        result = InlineLiteralCodec.Integer(value);
        return true;
    }

    private static Literal Integer(string digits) =>
        NumericValue.Integer(decimal.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToLiteral();
}
