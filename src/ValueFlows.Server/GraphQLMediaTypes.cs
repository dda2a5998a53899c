namespace ValueFlows.Server;

/// <summary>The media types of GraphQL over HTTP.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type: its status codes say whether the document was executed.</summary>
    public const string Response = "application/graphql-response+json";

    /// <summary>The legacy response type (200 for any well-formed request) and the request body type.</summary>
    public const string Json = "application/json";
}
