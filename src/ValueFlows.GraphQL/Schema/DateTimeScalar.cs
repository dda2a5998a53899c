using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ValueFlows.GraphQL.Schema;

/// <summary>
/// vf-graphql's <c>DateTime</c> scalar: an ISO 8601 date-time string. Inputs need a time and a zone (VF 1.0's range is
/// <c>xsd:dateTimeStamp</c>, DECISIONS 13) and parse to <see cref="DateTimeOffset"/>; outputs are written in UTC.
/// </summary>
internal sealed partial class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar type represents a DateTime value as specified by\n[ISO 8601](https://en.wikipedia.org/wiki/ISO_8601).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        DateTimeOffset d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => Format(d),
        DateTime d => Format(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))),
        string s => s,
        _ => ThrowSerializationError(value),
    };

    /// <summary>The UTC form outputs use (<c>2026-01-02T03:04:05Z</c>, fractions only when present).</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z";

    private static DateTimeOffset Parse(string text)
    {
        if (!Stamp().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            throw new FormatException($"'{text}' is not a date-time with a time and a zone (e.g. 2026-01-02T03:04:05Z).");
        }

        return result;
    }

    [GeneratedRegex(@"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
