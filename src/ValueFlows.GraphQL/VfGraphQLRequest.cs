using System.Text.Json;

namespace ValueFlows.GraphQL;

/// <summary>One GraphQL request (GraphQL over HTTP); <paramref name="QueriesOnly"/> refuses mutations (HTTP GET).</summary>
/// <param name="Query">The GraphQL document.</param>
/// <param name="OperationName">The operation to run when the document has several.</param>
/// <param name="Variables">The variables as a JSON object, or null.</param>
/// <param name="QueriesOnly">True for GET requests: a mutation is refused without running.</param>
public sealed record VfGraphQLRequest(string Query, string? OperationName, JsonElement? Variables, bool QueriesOnly);
