using GraphQL;
using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The list fields of <c>Query</c> (<c>economicEvents</c>, <c>agents</c>, <c>offers</c>…): Core's keyset-paged lists
/// (DECISIONS 17) with the <c>filter</c> argument as <see cref="VfFilterParams"/>.
/// </summary>
internal sealed class ListQueries : IVfResolverSource
{
    private static readonly Dictionary<string, string> Plurals = new(StringComparer.Ordinal)
    {
        ["Person"] = "people",
        ["Process"] = "processes",
        ["ProductBatch"] = "productBatches",
        ["RecipeProcess"] = "recipeProcesses",
    };

    public void Register(VfResolverTable table)
    {
        foreach (var type in VfModel.Types)
        {
            var field = Plurals.GetValueOrDefault(type.Name) ?? char.ToLowerInvariant(type.Name[0]) + type.Name[1..] + "s";
            if (VfReferenceSchema.HasField("Query", field))
            {
                VfRecordType[] types = [type];
                table.Add("Query", field, c => List(c, types));
            }
        }

        table.Add("Query", "agents", c => List(c, [.. VfModel.AgentTypes]));
        table.Add("Query", "offers", c => List(c, [VfModel.Get("Proposal")], new VfProposalPurposeFilter(Offer: true)));
        table.Add("Query", "requests", c => List(c, [VfModel.Get("Proposal")], new VfProposalPurposeFilter(Offer: false)));
    }

    /// <summary>A page of records of <paramref name="types"/> with the field's filter and <paramref name="extra"/> conditions.</summary>
    public static VfPage List(IResolveFieldContext context, IReadOnlyList<VfRecordType> types, params VfListFilter[] extra)
    {
        var vf = context.Vf();
        var filters = new List<VfListFilter>(extra);
        if (ConnectionResolvers.FilterOf(context) is { } filter)
        {
            filters.AddRange(VfFilterParams.Build(filter, vf.Now));
        }

        return vf.Read.List(new VfListQuery(types, filters, ConnectionResolvers.PageOf(context)), context.CancellationToken);
    }
}
