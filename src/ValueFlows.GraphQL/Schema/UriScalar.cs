using GraphQL.Types;
using GraphQLParser.AST;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Schema;

/// <summary>
/// vf-graphql's <c>URI</c> scalar (GraphQL.NET's own is named <c>Uri</c>, which <c>validate()</c> counts as a break):
/// an absolute IRI as a string. Inputs are checked; outputs accept <see cref="Iri"/>s and strings.
/// </summary>
internal sealed class UriScalar : ScalarGraphType
{
    public UriScalar()
    {
        Name = "URI";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Check((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Check(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Iri iri => iri.Value,
        string s => s,
        Uri uri => uri.OriginalString,
        _ => ThrowSerializationError(value),
    };

    private static string Check(string text) =>
        IriSyntax.TryValidateAbsolute(text, out _) ? text : throw new FormatException($"'{text}' is not an absolute URI.");
}
