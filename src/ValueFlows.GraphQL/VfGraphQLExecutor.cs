using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using ValueFlows.Core;
using ValueFlows.Core.Records;
using ValueFlows.GraphQL.Execution;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL;

/// <summary>
/// Runs GraphQL requests against the vf-graphql schema over one <see cref="VfLedger"/>: one read snapshot per request
/// (DECISIONS 6), depth and complexity limits, domain errors as <c>errors[]</c> with <c>extensions.code</c>. Thread-safe.
/// </summary>
public sealed class VfGraphQLExecutor
{
    private static readonly GraphQLSerializer Serializer = new(new VfErrorInfoProvider());

    private static readonly Func<FieldImpactContext, FieldComplexityResult> DefaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;

    private readonly VfLedger _ledger;
    private readonly VfGraphQLOptions _options;
    private readonly DocumentExecuter _executer = new();
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _getRules;

    /// <summary>An executor over <paramref name="ledger"/>.</summary>
    public VfGraphQLExecutor(VfLedger ledger, VfGraphQLOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        _ledger = ledger;
        _options = options ?? new VfGraphQLOptions();
        var complexity = new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = _options.MaxDepth,
            MaxComplexity = _options.MaxComplexity > 0 ? _options.MaxComplexity : null,

            // Introspection (the explorer, validate()) reads the schema, not the store: it costs nothing.
            DefaultComplexityImpactDelegate = context =>
                context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                    ? new FieldComplexityResult(0, 1)
                    : DefaultImpact(context),
        });
        _rules = [.. DocumentValidator.CoreRules, complexity];
        _getRules = [.. _rules, QueriesOnlyRule.Instance];
    }

    internal static ISchema Schema => VfSchema.Instance;

    /// <summary>Runs <paramref name="request"/>; never throws for bad requests or refused operations (they are errors in the response).</summary>
    public async Task<VfGraphQLResponse> ExecuteAsync(VfGraphQLRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var context = new VfGraphQLContext(_ledger, _options);
        var result = await ExecuteAsync(request, context, ct).ConfigureAwait(false);
        return new VfGraphQLResponse(result, Serializer);
    }

    internal async Task<ExecutionResult> ExecuteAsync(VfGraphQLRequest request, VfGraphQLContext context, CancellationToken ct)
    {
        Inputs? variables;
        try
        {
            variables = request.Variables is { ValueKind: not System.Text.Json.JsonValueKind.Null and not System.Text.Json.JsonValueKind.Undefined } json
                ? Serializer.ReadNode<Inputs>(json)
                : null;
        }
        catch (System.Text.Json.JsonException e)
        {
            return new ExecutionResult { Executed = false, Errors = [new ExecutionError("The variables are not a JSON object: " + e.Message) { Code = VfGraphQLError.BadUserInput }] };
        }

        return await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = variables,
            UserContext = context,
            CancellationToken = ct,
            ValidationRules = request.QueriesOnly ? _getRules : _rules,
            UnhandledExceptionDelegate = MapException,
        }).ConfigureAwait(false);
    }

    private static Task MapException(UnhandledExceptionContext context)
    {
        if (context.OriginalException is VfDomainException domain)
        {
            context.Exception = VfGraphQLError.From(domain);
        }

        return Task.CompletedTask;
    }
}
