using ValueFlows.Rdf;

namespace ValueFlows.Core.Lists;

/// <summary>One page of a list: the records' IRIs with their cursors, and vf-graphql's <c>PageInfo</c>.</summary>
public sealed record VfPage(IReadOnlyList<VfPageItem> Items, bool HasPreviousPage, bool HasNextPage, long TotalCount)
{
    /// <summary>The page size asked for (vf-graphql: "the number of items requested per page"), or the default.</summary>
    public int PageLimit { get; init; } = VfPageRequest.DefaultSize;

    /// <summary>The cursor of the first item, or null on an empty page.</summary>
    public string? StartCursor => Items.Count > 0 ? Items[0].Cursor : null;

    /// <summary>The cursor of the last item, or null on an empty page.</summary>
    public string? EndCursor => Items.Count > 0 ? Items[^1].Cursor : null;
}

/// <summary>One record of a page and its opaque cursor.</summary>
public sealed record VfPageItem(Iri Id, string Cursor);
