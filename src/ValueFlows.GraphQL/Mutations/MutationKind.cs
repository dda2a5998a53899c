namespace ValueFlows.GraphQL.Mutations;

/// <summary>What a vf-graphql <c>Mutation</c> field does with the ledger.</summary>
internal enum MutationKind
{
    /// <summary><c>createX(x: XCreateParams!)</c>: one new record.</summary>
    Create,

    /// <summary><c>updateX(x: XUpdateParams!)</c>: the record named by the params' <c>revisionId</c>, refused when stale.</summary>
    Update,

    /// <summary><c>deleteX(revisionId: ID!)</c>: refused when stale or referenced.</summary>
    Delete,

    /// <summary><c>deleteProcess(id)</c>, <c>deleteProductBatch(id)</c>: no stale check (DECISIONS 16).</summary>
    DeleteById,

    /// <summary><c>createEconomicEvent(event, newInventoriedResource)</c> through Core's event recorder.</summary>
    RecordEvent,

    /// <summary><c>proposeIntent(publishedIn, publishes, reciprocal)</c> and <c>proposeTo(proposed, proposedTo)</c>: a record from scalar arguments.</summary>
    Link,
}
