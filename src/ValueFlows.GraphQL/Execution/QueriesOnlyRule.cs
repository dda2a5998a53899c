using GraphQL.Validation;
using GraphQLParser.AST;

namespace ValueFlows.GraphQL.Execution;

/// <summary>Refuses mutations and subscriptions (GraphQL over HTTP: GET requests may only query).</summary>
internal sealed class QueriesOnlyRule : ValidationRuleBase
{
    public static QueriesOnlyRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                "queries-only",
                $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.",
                context.Operation));
        }

        return default;
    }
}
