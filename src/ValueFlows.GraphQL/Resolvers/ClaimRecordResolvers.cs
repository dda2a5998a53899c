using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The added <c>claimRecords*</c> fields of agents (DECISIONS 16: vf-graphql's <c>claims*</c> are typed
/// <c>IntentConnection</c>; these list the claims themselves): Core lists of claims by provider, receiver or scope.
/// </summary>
internal sealed class ClaimRecordResolvers : IVfResolverSource
{
    public void Register(VfResolverTable table)
    {
        var claim = VfModel.Get("Claim");
        VfField InverseOf(string field) => claim.Field(field)! with
        {
            Name = "claimRecords",
            Targets = ["Claim"],
            InverseOf = field,
            IsList = true,
        };

        var asProvider = InverseOf("provider");
        var asReceiver = InverseOf("receiver");
        foreach (var agent in VfModel.AgentTypes.Select(t => t.Name))
        {
            table.Add(agent, "claimRecordsAsProvider", c => ListQueries.List(c, [claim], new VfFieldFilter("provider", [c.Record().Id])));
            table.Add(agent, "claimRecordsAsReceiver", c => ListQueries.List(c, [claim], new VfFieldFilter("receiver", [c.Record().Id])));
            table.Add(agent, "claimRecordsInScope", c => ListQueries.List(c, [claim], new VfFieldFilter("inScopeOf", [c.Record().Id])));
            table.Add(agent, "claimRecords", c =>
            {
                var read = c.Vf().Read;
                var id = c.Record().Id;
                return IdListPage.Of([.. read.GetInverse(id, asProvider).Concat(read.GetInverse(id, asReceiver))], ConnectionResolvers.PageOf(c));
            });
        }
    }
}
