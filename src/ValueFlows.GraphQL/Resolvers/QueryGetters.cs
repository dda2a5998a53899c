using GraphQL;
using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Execution;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The single getters of <c>Query</c> (<c>economicEvent(id)</c>, <c>agent(id)</c>, <c>action(id)</c>, <c>myAgent</c>…):
/// a missing record, or a record of another type, is a NOT_FOUND error, never a null (DECISIONS 14, 16).
/// </summary>
internal sealed class QueryGetters : IVfResolverSource
{
    public void Register(VfResolverTable table)
    {
        foreach (var type in VfModel.Types)
        {
            var field = char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
            if (VfReferenceSchema.HasField("Query", field) && type.Name != "Unit")
            {
                string[] types = [type.Name];
                table.Add("Query", field, c => Get(c, c.IdArgument(), types));
            }
        }

        table.Add("Query", "unit", c => UnitValue.Get(c, c.IdArgument())
            ?? throw new VfGraphQLError(VfGraphQLError.NotFound, $"There is no Unit {c.GetArgument<string>("id")}.", "id"));
        table.Add("Query", "agent", c => Get(c, c.IdArgument(), "Person", "Organization"));
        table.Add("Query", "myAgent", c => c.Vf().MyAgent is { } me
            ? Get(c, me, "Person", "Organization")
            : throw new VfGraphQLError(VfGraphQLError.Unauthenticated, "This server does not know who you are: no agent is configured (vf serve --as-agent)."));
        table.Add("Query", "action", c => ActionCatalog.Standard.TryGet(c.GetArgument<string>("id"), out var action)
            ? action
            : throw new VfGraphQLError(VfGraphQLError.NotFound, $"There is no action '{c.GetArgument<string>("id")}'.", "id"));
        table.Add("Query", "actions", _ => ActionCatalog.Standard.All);
    }

    private static VfRecord Get(IResolveFieldContext context, Rdf.Iri id, params string[] types)
    {
        var record = context.Vf().Loader.Get(id);
        return record is not null && types.Contains(record.Type.Name)
            ? record
            : throw new VfGraphQLError(VfGraphQLError.NotFound, $"There is no {string.Join(" or ", types)} {id.Value}.", "id");
    }
}
