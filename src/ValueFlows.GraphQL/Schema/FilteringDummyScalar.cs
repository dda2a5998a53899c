using GraphQL.Types;
using GraphQLParser.AST;

namespace ValueFlows.GraphQL.Schema;

/// <summary>
/// vf-graphql's <c>_vf_filtering_dummy</c> ("filtering module stub"): a scalar no field uses, kept so the schema
/// matches the reference (DECISIONS 21). It passes strings through.
/// </summary>
internal sealed class FilteringDummyScalar : ScalarGraphType
{
    public FilteringDummyScalar()
    {
        Name = "_vf_filtering_dummy";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => (string)s.Value,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowSerializationError(value),
    };
}
