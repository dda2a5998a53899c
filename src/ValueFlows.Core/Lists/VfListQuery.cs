using ValueFlows.Core.Model;

namespace ValueFlows.Core.Lists;

/// <summary>A list: records of any of <see cref="Types"/> matching every filter, one page of them.</summary>
public sealed record VfListQuery(IReadOnlyList<VfRecordType> Types, IReadOnlyList<VfListFilter> Filters, VfPageRequest Page)
{
    /// <summary>A list of one type.</summary>
    public VfListQuery(VfRecordType type, VfPageRequest page, params VfListFilter[] filters)
        : this([type], filters, page)
    {
    }
}
