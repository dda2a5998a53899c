using GraphQL;

namespace ValueFlows.GraphQL;

/// <summary>The result of a GraphQL request: <c>data</c> and/or <c>errors</c>, written as JSON.</summary>
public sealed class VfGraphQLResponse
{
    private readonly ExecutionResult _result;
    private readonly IGraphQLTextSerializer _serializer;

    internal VfGraphQLResponse(ExecutionResult result, IGraphQLTextSerializer serializer)
    {
        _result = result;
        _serializer = serializer;
    }

    /// <summary>False when the request failed before execution (syntax, validation, variables): HTTP answers 400.</summary>
    public bool ExecutedAnything => _result.Executed;

    /// <summary>True when the response has errors.</summary>
    public bool HasErrors => _result.Errors is { Count: > 0 };

    internal ExecutionResult Result => _result;

    /// <summary>Writes the response as JSON (<c>application/graphql-response+json</c> body).</summary>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellationToken) =>
        _serializer.WriteAsync(stream, _result, cancellationToken);

    /// <summary>The response as JSON text.</summary>
    public string ToJson() => _serializer.Serialize(_result);
}
