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

    /// <summary>The fields this server adds (<c>Schema/vf-extensions.graphql</c>: <c>extend type</c>/<c>extend interface</c> only).</summary>
    public const string ExtensionsResourceName = "ValueFlows.GraphQL.Schema.vf-extensions.graphql";

    private static readonly Lazy<string> s_text = new(() => Load(ResourceName));
    private static readonly Lazy<string> s_extensions = new(() => Load(ExtensionsResourceName));
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> s_fields = new(IndexFields);
    private static readonly Lazy<FrozenDictionary<(string, string), VfFieldShape>> s_shapes = new(IndexShapes);

    public static string Text => s_text.Value;

    /// <summary>The field names of every object and interface type, by type name.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> Fields => s_fields.Value;

    public static string ExtensionsText => s_extensions.Value;

    public static GraphQLDocument Parse() => Parser.Parse(Text);

    public static GraphQLDocument ParseExtensions() => Parser.Parse(ExtensionsText);

    /// <summary>The fields <c>vf-extensions.graphql</c> adds, by type name.</summary>
    public static IEnumerable<(string Type, GraphQLFieldDefinition Field)> ExtensionFields() =>
        ParseExtensions().Definitions.SelectMany(d => d switch
        {
            GraphQLObjectTypeExtension o => (o.Fields?.Items ?? []).Select(f => (o.Name.StringValue, f)),
            GraphQLInterfaceTypeExtension i => (i.Fields?.Items ?? []).Select(f => (i.Name.StringValue, f)),
            _ => throw new InvalidOperationException($"vf-extensions.graphql may only extend object types and interfaces, not {d.Kind}."),
        });

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

        foreach (var (type, field) in ExtensionFields())
        {
            result[(type, field.Name.StringValue)] = ShapeOf(field.Type, list: false);
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
                result[name] = (fields?.Items ?? []).Select(f => f.Name.StringValue)
                    .Concat(ExtensionFields().Where(e => e.Type == name).Select(e => e.Field.Name.StringValue))
                    .ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Load(string name)
    {
        using var stream = typeof(VfReferenceSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The embedded resource " + name + " is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
