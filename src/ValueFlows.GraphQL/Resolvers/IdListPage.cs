using System.Buffers.Text;
using System.Text;
using ValueFlows.Core;
using ValueFlows.Core.Lists;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// Relay pages over a list of IRIs computed in memory (derived relations: an agent's commitments, a process's working
/// agents…), ordered by IRI — creation order for records this server minted. Cursors are keysets (the IRI, encoded), so
/// a page stays correct when records are added before it; the rules match Core's lists (DECISIONS 17).
/// </summary>
internal static class IdListPage
{
    private const string Prefix = "id:";

    public static VfPage Of(IReadOnlyList<Iri> ids, VfPageRequest page)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(page);
        if (page.First is not null && page.Last is not null)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, "Give 'first' or 'last', not both.", "last");
        }

        if ((page.After is not null && page.Before is not null) || (page.First is not null && page.Before is not null)
            || (page.Last is not null && page.After is not null))
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, "Page with 'first' and 'after', or with 'last' and 'before'.", page.Before is not null ? "before" : "after");
        }

        bool backwards = page.Last is not null || page.Before is not null;
        string field = backwards ? "last" : "first";
        int size = (backwards ? page.Last : page.First) ?? VfPageRequest.DefaultSize;
        if (size < 0 || size > VfPageRequest.MaxSize)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field}' must be between 0 and {VfPageRequest.MaxSize}, not {size}.", field);
        }

        var sorted = ids.Distinct().OrderBy(i => i.Value, StringComparer.Ordinal).ToList();
        var cursorText = backwards ? page.Before : page.After;
        string? cursor = cursorText is null ? null : Decode(cursorText, backwards ? "before" : "after");
        List<Iri> window;
        bool more;
        if (backwards)
        {
            var before = cursor is null ? sorted : sorted.Where(i => string.CompareOrdinal(i.Value, cursor) < 0).ToList();
            more = before.Count > size;
            window = before.Skip(Math.Max(0, before.Count - size)).ToList();
        }
        else
        {
            var after = cursor is null ? sorted : sorted.Where(i => string.CompareOrdinal(i.Value, cursor) > 0).ToList();
            more = after.Count > size;
            window = after.Take(size).ToList();
        }

        var items = window.Select(i => new VfPageItem(i, Encode(i))).ToList();
        return backwards
            ? new VfPage(items, HasPreviousPage: more, HasNextPage: cursor is not null, sorted.Count) { PageLimit = size }
            : new VfPage(items, HasPreviousPage: cursor is not null, HasNextPage: more, sorted.Count) { PageLimit = size };
    }

    private static string Encode(Iri id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + id.Value));

    private static string Decode(string cursor, string field)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below: a cursor of another list or a forged one.
        }

        throw new VfDomainException(VfErrorCode.BadUserInput, $"'{cursor}' is not a cursor of this list.", field);
    }
}
