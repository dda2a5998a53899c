using ValueFlows.Core.Actions;
using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The <c>*FilterParams</c> conditions of derived connections (an agent's events, processes, plans…), which are computed
/// in memory: the same semantics as Core's list algebra (mapping.md, "List filters") applied to loaded records.
/// </summary>
internal static class InMemoryListFilter
{
    public static bool Matches(VfRecord record, IReadOnlyList<VfListFilter> filters) => filters.All(f => Matches(record, f));

    private static bool Matches(VfRecord record, VfListFilter filter) => filter switch
    {
        VfTextFilter t => Contains(record.GetString("name"), t.Text) || Contains(record.GetString("note"), t.Text),
        VfFlagFilter f => (record.GetBoolean(f.Field) ?? false) == f.Value,
        VfFieldFilter f => record.Get(f.Field).OfType<VfTermValue>().Any(v => f.AnyOf.Any(a => SameTerm(f.Field, v.Term, a))),
        VfTimeRangeFilter r => InRange(record, r),
        _ => throw new InvalidOperationException($"The filter {filter.GetType().Name} does not apply to this list."),
    };

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) ?? false;

    private static bool SameTerm(string field, Term value, Term wanted)
    {
        // Actions may be given by local name (DECISIONS 10).
        if (field == "action" && wanted is Literal name && value is Iri action)
        {
            return ActionCatalog.Standard.TryGet(action.Value, out var a) && a.Id == name.Value;
        }

        return value.Equals(wanted);
    }

    private static bool InRange(VfRecord record, VfTimeRangeFilter range)
    {
        var fields = record.Type.RangeTimeFields.Count > 0 ? record.Type.RangeTimeFields : record.Type.OrderTimeFields;
        var time = fields.Select(record.GetDateTime).FirstOrDefault(t => t is not null);
        return time is { } t && (range.Start is null || t >= range.Start) && (range.End is null || t < range.End);
    }
}
