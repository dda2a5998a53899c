using ValueFlows.Core.Lists;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Core.Records;

/// <summary>Lists: keyset-paged, totally ordered, evaluated from SPARQL algebra (<see cref="VfListAlgebra"/>).</summary>
public sealed partial class VfReadContext
{
    /// <summary>One page of a list with its page info and total count (DECISIONS 17).</summary>
    public VfPage List(VfListQuery query, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = query.Page;
        if (page.First is not null && page.Last is not null)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, "Give 'first' or 'last', not both.", "last");
        }

        if ((page.After is not null && page.Before is not null) || (page.First is not null && page.Before is not null)
            || (page.Last is not null && page.After is not null))
        {
            // Keyset pages run one way: 'first'/'after' forwards, 'last'/'before' backwards.
            throw new VfDomainException(VfErrorCode.BadUserInput, "Page with 'first' and 'after', or with 'last' and 'before'.", page.Before is not null ? "before" : "after");
        }

        bool backwards = page.Last is not null || page.Before is not null;
        int size = CheckSize(backwards ? page.Last : page.First, backwards ? "last" : "first");
        var cursorText = backwards ? page.Before : page.After;
        var cursor = cursorText is null ? ((Literal, string)?)null : ListCursor.Decode(cursorText, backwards ? "before" : "after");

        var rows = Select(VfListAlgebra.Page(query.Types, query.Filters, cursor, backwards, size + 1), cancellation);
        bool more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backwards)
        {
            rows.Reverse();
        }

        var items = rows.Select(r => new VfPageItem((Iri)r[0]!, ListCursor.Encode((Literal)r[1]!, (Iri)r[0]!))).ToList();
        var total = Select(VfListAlgebra.Count(query.Types, query.Filters), cancellation);
        long count = total.Count > 0 && total[0][0] is Literal n ? long.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return backwards
            ? new VfPage(items, HasPreviousPage: more, HasNextPage: cursor is not null, count) { PageLimit = size }
            : new VfPage(items, HasPreviousPage: cursor is not null, HasNextPage: more, count) { PageLimit = size };
    }

    private static int CheckSize(int? requested, string field)
    {
        int size = requested ?? VfPageRequest.DefaultSize;
        if (size < 0 || size > VfPageRequest.MaxSize)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field}' must be between 0 and {VfPageRequest.MaxSize}, not {size}.", field);
        }

        return size;
    }

    private List<IReadOnlyList<Term?>> Select(Sparql.Algebra.Op op, CancellationToken cancellation) =>
        [.. SparqlEvaluator.Evaluate(SparqlAlgebraQuery.Select(op), Snapshot, cancellation).Solutions];
}
