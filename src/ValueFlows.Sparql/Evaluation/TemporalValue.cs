using System.Globalization;
using System.Text.RegularExpressions;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// An <c>xsd:dateTime</c> or <c>xsd:date</c> value for comparison: the instant (UTC when a time zone is given) and
/// whether it had one. Values with and without a time zone compare only when they are more than 14 hours apart (XSD
/// §3.2.7.4); otherwise the order is indeterminate.
/// </summary>
internal readonly partial record struct TemporalValue(DateTime Instant, bool HasZone)
{
    private static readonly TimeSpan s_maxZone = TimeSpan.FromHours(14);

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool TryParse(string lexical, out TemporalValue value)
    {
        value = default;
        var m = Shape().Match(lexical);
        if (!m.Success)
        {
            return false;
        }

        try
        {
            int hour = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
            var instant = new DateTime(
                int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                hour == 24 ? 0 : hour,
                m.Groups[5].Success ? int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture) : 0,
                0,
                DateTimeKind.Unspecified);
            if (hour == 24)
            {
                instant = instant.AddDays(1);
            }

            if (m.Groups[6].Success)
            {
                instant = instant.AddTicks((long)(decimal.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));
            }

            string zone = m.Groups[7].Value;
            if (zone.Length > 1)
            {
                var offset = new TimeSpan(int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture), int.Parse(zone.AsSpan(4, 2), CultureInfo.InvariantCulture), 0);
                instant = zone[0] == '-' ? instant + offset : instant - offset;
            }

            value = new TemporalValue(instant, zone.Length > 0);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public static int? Compare(TemporalValue left, TemporalValue right)
    {
        if (left.HasZone == right.HasZone)
        {
            return left.Instant.CompareTo(right.Instant);
        }

        var difference = left.Instant - right.Instant;
        return difference > s_maxZone ? 1 : difference < -s_maxZone ? -1 : null;
    }
}
