using System.Collections.Frozen;
using GraphQLParser;
using GraphQLParser.AST;

namespace ValueFlows.GraphQL.Schema;

/// <summary>
/// The reference SDL: <c>printSchema(buildSchema())</c> of the pinned <c>@valueflows/vf-graphql</c> 0.9.0-alpha.10,
/// embedded as <c>Schema/vf-graphql.graphql</c> (a test checks it equals the package's).
/// </summary>
internal static class VfReferenceSchema
{
    public const string ResourceName = "ValueFlows.GraphQL.Schema.vf-graphql.graphql";

    private static readonly Lazy<string> s_text = new(Load);
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> s_fields = new(IndexFields);
    private static readonly Lazy<FrozenDictionary<(string, string), VfFieldShape>> s_shapes = new(IndexShapes);

    public static string Text => s_text.Value;

    /// <summary>The field names of every object and interface type, by type name.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> Fields => s_fields.Value;

    public static GraphQLDocument Parse() => Parser.Parse(Text);

    /// <summary>True when the reference has the field <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public static bool HasField(string typeName, string fieldName) =>
        Fields.TryGetValue(typeName, out var fields) && fields.Contains(fieldName);

    /// <summary>The named type of <paramref name="typeName"/>.<paramref name="fieldName"/> and whether it is a list, or null.</summary>
    public static VfFieldShape? Shape(string typeName, string fieldName) =>
        s_shapes.Value.TryGetValue((typeName, fieldName), out var shape) ? shape : null;

    private static FrozenDictionary<(string, string), VfFieldShape> IndexShapes()
    {
        var result = new Dictionary<(string, string), VfFieldShape>();
        foreach (var definition in Parse().Definitions)
        {
            var (name, fields) = definition switch
            {
                GraphQLObjectTypeDefinition o => (o.Name.StringValue, o.Fields),
                GraphQLInterfaceTypeDefinition i => (i.Name.StringValue, i.Fields),
                _ => (null, null),
            };
            foreach (var field in fields?.Items ?? [])
            {
                result[(name!, field.Name.StringValue)] = ShapeOf(field.Type, list: false);
            }
        }

        return result.ToFrozenDictionary();
    }

    private static VfFieldShape ShapeOf(GraphQLType type, bool list) => type switch
    {
        GraphQLNonNullType n => ShapeOf(n.Type, list),
        GraphQLListType l => ShapeOf(l.Type, list: true),
        GraphQLNamedType named => new VfFieldShape(named.Name.StringValue, list),
        _ => throw new InvalidOperationException($"Unexpected type node {type.Kind}."),
    };

    private static FrozenDictionary<string, FrozenSet<string>> IndexFields()
    {
        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var definition in Parse().Definitions)
        {
            var (name, fields) = definition switch
            {
                GraphQLObjectTypeDefinition o => (o.Name.StringValue, o.Fields),
                GraphQLInterfaceTypeDefinition i => (i.Name.StringValue, i.Fields),
                _ => (null, null),
            };
            if (name is not null)
            {
                result[name] = (fields?.Items ?? []).Select(f => f.Name.StringValue).ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Load()
    {
        using var stream = typeof(VfReferenceSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
