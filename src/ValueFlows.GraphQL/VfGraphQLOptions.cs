using ValueFlows.Rdf;

namespace ValueFlows.GraphQL;

/// <summary>Settings of the GraphQL endpoint.</summary>
public sealed class VfGraphQLOptions
{
    /// <summary>The deepest selection nesting a query may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The largest complexity a query may have (GraphQL.NET's estimate: fields times page sizes); 0 = no limit.</summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>The agent <c>myAgent</c> answers (DECISIONS 23: <c>vf serve --as-agent</c>); null = UNAUTHENTICATED.</summary>
    public Iri? MyAgent { get; set; }
}
