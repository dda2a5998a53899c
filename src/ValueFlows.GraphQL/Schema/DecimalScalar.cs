using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ValueFlows.GraphQL.Schema;

/// <summary>
/// vf-graphql's <c>Decimal</c> scalar: an arbitrary-precision number represented as a string. Inputs accept strings and
/// number literals and parse to <see cref="decimal"/>; outputs are invariant-culture strings.
/// </summary>
internal sealed class DecimalScalar : ScalarGraphType
{
    public DecimalScalar()
    {
        Name = "Decimal";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLIntValue i => Parse((string)i.Value),
        GraphQLFloatValue f => Parse((string)f.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        decimal d => d,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new FormatException($"'{text}' is not a decimal number.");
}
