using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Execution;
using ValueFlows.GraphQL.Resolvers;

namespace ValueFlows.GraphQL.Schema;

/// <summary>
/// Builds the GraphQL.NET schema code-first from the reference SDL's AST (schema-first cannot express the covariant
/// <c>revision</c> fields: ARCHITECTURE, "three traps"). Every field type is a <see cref="GraphQLTypeReference"/>, so
/// the interface check runs after the implementations are known; resolvers come from a <see cref="VfResolverTable"/>.
/// </summary>
internal static class VfSchemaBuilder
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>The initialized schema with the resolvers of <paramref name="resolvers"/>.</summary>
    public static ISchema Build(VfResolverTable resolvers)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        var document = VfReferenceSchema.Parse();
        var types = new Dictionary<string, IGraphType>(StringComparer.Ordinal);
        var objects = new Dictionary<string, ObjectGraphType>(StringComparer.Ordinal);

        // First the named types, so unions and interfaces can point at the object instances.
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var type = CreateType(definition, objects);
            types.Add(type.Name, type);
        }

        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var type = types[Name(definition.Name)];
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    AddFields((IComplexGraphType)type, o.Fields, resolvers);
                    foreach (var iface in o.Interfaces?.Items ?? [])
                    {
                        ((ObjectGraphType)type).AddResolvedInterface((IInterfaceGraphType)types[Name(iface.Name)]);
                    }

                    break;
                case GraphQLInterfaceTypeDefinition i:
                    AddFields((IComplexGraphType)type, i.Fields, resolvers: null);
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    foreach (var field in (input.Fields?.Items ?? []).Concat(Mutations.MutationInputExtensions.FieldsOf(type.Name)))
                    {
                        ((InputObjectGraphType)type).AddField(new FieldType
                        {
                            Name = Name(field.Name),
                            Description = Description(field.Description),
                            ResolvedType = TypeOf(field.Type),
                        });
                    }

                    break;
                case GraphQLUnionTypeDefinition u:
                    foreach (var member in u.Types?.Items ?? [])
                    {
                        ((UnionGraphType)type).AddPossibleType(objects[Name(member.Name)]);
                    }

                    break;
                default:
                    break;
            }
        }

        // Our added fields (Schema/vf-extensions.graphql) join the types they extend.
        foreach (var group in VfReferenceSchema.ExtensionFields().GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            var type = (IComplexGraphType)types[group.Key];
            AddFields(type, new GraphQLFieldsDefinition([.. group.Select(e => e.Field)]), type is IObjectGraphType ? resolvers : null);
        }

        var schema = new global::GraphQL.Types.Schema
        {
            Query = objects["Query"],
            Mutation = objects["Mutation"],
            Filter = new AllDirectivesFilter(),
        };

        // graphql-js introspects isRepeatable and deprecated arguments; validate() needs both answered.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;

        // Every named type is registered, so _vf_filtering_dummy and enum Sort (unreachable from the roots) stay
        // (DECISIONS 21).
        foreach (var type in types.Values.Where(t => t is not ObjectGraphType { Name: "Query" or "Mutation" }))
        {
            schema.RegisterType(type);
        }

        RegisterDirectives(schema);
        schema.Initialize();
        return schema;
    }

    private static IGraphType CreateType(GraphQLTypeDefinition definition, Dictionary<string, ObjectGraphType> objects)
    {
        string name = Name(definition.Name);
        string? description = Description(definition.Description);
        IGraphType type = definition switch
        {
            GraphQLObjectTypeDefinition => new ObjectGraphType { Name = name },
            GraphQLInterfaceTypeDefinition => new InterfaceGraphType { Name = name, ResolveType = value => ObjectTypeOf(value, objects) },
            GraphQLUnionTypeDefinition => new UnionGraphType { Name = name, ResolveType = value => ObjectTypeOf(value, objects) },
            GraphQLInputObjectTypeDefinition => new InputObjectGraphType { Name = name },
            GraphQLEnumTypeDefinition e => CreateEnum(name, e),
            GraphQLScalarTypeDefinition => name switch
            {
                "URI" => new UriScalar(),
                "DateTime" => new DateTimeScalar(),
                "Decimal" => new DecimalScalar(),
                "_vf_filtering_dummy" => new FilteringDummyScalar(),
                _ => throw new InvalidOperationException($"The reference SDL has a scalar '{name}' this server does not know."),
            },
            _ => throw new InvalidOperationException($"Unexpected definition {definition.Kind} '{name}'."),
        };
        type.Description = description;
        if (type is ObjectGraphType o)
        {
            objects.Add(name, o);
        }

        return type;
    }

    private static EnumerationGraphType CreateEnum(string name, GraphQLEnumTypeDefinition definition)
    {
        // Values keep the reference's (lower-case) names: GraphQL.NET renames only generated enums (DECISIONS 21).
        var type = new EnumerationGraphType { Name = name };
        foreach (var value in definition.Values?.Items ?? [])
        {
            var valueName = Name(value.Name);
            type.Add(valueName, valueName, Description(value.Description));
        }

        return type;
    }

    private static void AddFields(IComplexGraphType type, GraphQLFieldsDefinition? fields, VfResolverTable? resolvers)
    {
        foreach (var field in fields?.Items ?? [])
        {
            string fieldName = Name(field.Name);
            var arguments = new QueryArguments();
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                arguments.Add(new QueryArgument(TypeOf(argument.Type))
                {
                    Name = Name(argument.Name),
                    Description = Description(argument.Description),
                });
            }

            type.AddField(new FieldType
            {
                Name = fieldName,
                Description = Description(field.Description),
                ResolvedType = TypeOf(field.Type),
                Arguments = arguments,
                Resolver = resolvers is null ? null : ResolverOf(type.Name, fieldName, resolvers),
            });
        }
    }

    private static FuncFieldResolver<object?> ResolverOf(string typeName, string fieldName, VfResolverTable resolvers)
    {
        var resolve = resolvers.Find(typeName, fieldName) ?? (_ => throw new VfGraphQLError(
            VfGraphQLError.NotResolved, $"The field {typeName}.{fieldName} is not resolved by this server yet."));
        return new FuncFieldResolver<object?>(resolve);
    }

    private static IObjectGraphType? ObjectTypeOf(object value, Dictionary<string, ObjectGraphType> objects) => value switch
    {
        VfRecord record => objects.GetValueOrDefault(record.Type.Name),
        _ => null,
    };

    private static IGraphType TypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => new NonNullGraphType(TypeOf(n.Type)),
        GraphQLListType l => new ListGraphType(TypeOf(l.Type)),
        GraphQLNamedType named => new GraphQLTypeReference(Name(named.Name)),
        _ => throw new InvalidOperationException($"Unexpected type node {type.Kind}."),
    };

    private static void RegisterDirectives(global::GraphQL.Types.Schema schema)
    {
        // validate() compares graphql-js 16.12's built-in directives with ours (ARCHITECTURE, "three traps").
        schema.Directives.Register(
            new Directive("specifiedBy", DirectiveLocation.Scalar)
            {
                Description = "Exposes a URL that specifies the behavior of this scalar.",
                Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType()))
                {
                    Name = "url",
                    Description = "The URL that specifies the behavior of this scalar.",
                }),
            },
            new Directive("oneOf", DirectiveLocation.InputObject)
            {
                Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
            });
        var deprecated = schema.Directives.Deprecated;
        foreach (var location in new[] { DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition })
        {
            if (!deprecated.Locations.Contains(location))
            {
                deprecated.Locations.Add(location);
            }
        }
    }

    private static string Name(GraphQLName name) => name.StringValue;

    private static string? Description(GraphQLDescription? description) => description is null ? null : (string)description.Value;

    /// <summary>Lets introspection show every directive, also those no type uses (validate() compares them all).</summary>
    private sealed class AllDirectivesFilter : DefaultSchemaFilter
    {
        public override Task<bool> AllowDirective(Directive directive) => Allowed;
    }
}
