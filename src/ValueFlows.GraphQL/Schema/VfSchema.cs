using GraphQL.Types;
using ValueFlows.GraphQL.Resolvers;

namespace ValueFlows.GraphQL.Schema;

/// <summary>The one schema of this server, built once (its types are immutable after initialization).</summary>
internal static class VfSchema
{
    private static readonly Lazy<ISchema> s_instance = new(() => VfSchemaBuilder.Build(VfResolverTable.FromAssembly()));

    public static ISchema Instance => s_instance.Value;
}
