using GraphQL;
using ValueFlows.Core.Lists;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// Every Relay connection of the schema: a connection is a Core <see cref="VfPage"/>, an edge a <see cref="VfPageItem"/>
/// whose node is batch-loaded, and <c>PageInfo</c> reads the page (with <c>totalCount</c> and <c>pageLimit</c>).
/// </summary>
internal sealed class ConnectionResolvers : IVfResolverSource
{
    public void Register(VfResolverTable table)
    {
        foreach (var type in VfReferenceSchema.Fields.Keys)
        {
            if (type.EndsWith("Connection", StringComparison.Ordinal))
            {
                table.Add(type, "edges", c => ((VfPage)c.Source!).Items);
                table.Add(type, "pageInfo", c => (VfPage)c.Source!);
            }
            else if (type.EndsWith("Edge", StringComparison.Ordinal))
            {
                table.Add(type, "cursor", c => ((VfPageItem)c.Source!).Cursor);
                table.Add(type, "node", c => c.Vf().Loader.Load(((VfPageItem)c.Source!).Id));
            }
        }

        table.Add("PageInfo", "startCursor", c => ((VfPage)c.Source!).StartCursor);
        table.Add("PageInfo", "endCursor", c => ((VfPage)c.Source!).EndCursor);
        table.Add("PageInfo", "hasPreviousPage", c => ((VfPage)c.Source!).HasPreviousPage);
        table.Add("PageInfo", "hasNextPage", c => ((VfPage)c.Source!).HasNextPage);
        table.Add("PageInfo", "totalCount", c => (int)Math.Min(int.MaxValue, ((VfPage)c.Source!).TotalCount));
        table.Add("PageInfo", "pageLimit", c => ((VfPage)c.Source!).PageLimit);
    }

    /// <summary>The paging arguments of a connection field.</summary>
    public static VfPageRequest PageOf(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    /// <summary>The <c>filter</c> argument as the dictionary <see cref="VfFilterParams.Build"/> reads, or null.</summary>
    public static IReadOnlyDictionary<string, object?>? FilterOf(IResolveFieldContext context) =>
        context.Arguments is not null && context.Arguments.TryGetValue("filter", out var value) && value.Value is IDictionary<string, object?> filter
            ? filter.AsReadOnly()
            : null;
}
