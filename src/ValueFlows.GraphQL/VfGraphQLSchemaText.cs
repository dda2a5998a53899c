using GraphQL;
using GraphQL.Utilities;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL;

/// <summary>The SDL of this server's schema (for the explorer page's docs).</summary>
public static class VfGraphQLSchemaText
{
    private static readonly Lazy<string> s_text = new(() => VfSchema.Instance.Print(new PrintOptions { IncludeDescriptions = true }));

    /// <summary>The schema as GraphQL SDL, with descriptions.</summary>
    public static string Print() => s_text.Value;
}
