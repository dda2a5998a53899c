using GraphQL;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Execution;
using ValueFlows.GraphQL.Resolvers;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// Resolves the 82 <c>Mutation</c> fields and the fields of their <c>XResponse</c> payloads. GraphQL runs mutation fields
/// one after another; each is one Core transaction, after which the request's snapshot is reopened so that the payload
/// and any later field read the write.
/// </summary>
internal sealed class MutationResolverSource : IVfResolverSource
{
    /// <inheritdoc />
    public void Register(VfResolverTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var field in MutationFields.All)
        {
            table.Add("Mutation", field.Name, context => Resolve(field, context));
        }

        foreach (var payload in MutationFields.All.Where(f => f.PayloadType is not null).GroupBy(f => f.PayloadType!))
        {
            var fieldNames = payload.Any(f => f.Kind == MutationKind.RecordEvent)
                ? new[] { "economicEvent", "economicResource" }
                : [payload.First().PayloadField!];
            foreach (var name in fieldNames)
            {
                table.Add(payload.Key, name, context => ((MutationPayload)context.Source!).Get(name));
            }
        }
    }

    private static object? Resolve(MutationField field, IResolveFieldContext context)
    {
        var request = VfGraphQLContext.Of(context);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (context.Arguments is { } given)
        {
            foreach (var (name, argument) in given)
            {
                arguments[name] = argument.Value;
            }
        }

        var outcome = MutationRunner.Run(field, arguments, request.Ledger, request.Events);
        request.Reopen();
        if (field.PayloadField is null)
        {
            return true;
        }

        var read = request.Read;
        var records = new Dictionary<string, VfRecord?>(StringComparer.Ordinal);
        foreach (var (name, id) in outcome.Records)
        {
            records[name] = id is null ? null : read.Get(id);
        }

        return new MutationPayload(records);
    }
}
