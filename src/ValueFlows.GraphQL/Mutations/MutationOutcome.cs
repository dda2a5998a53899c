using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// What a committed mutation wrote: the transaction's sequence number and, per field of its <c>XResponse</c> payload,
/// the record to return (null: nothing, e.g. <c>economicResource</c> of an event without a resource). Deletes have no
/// payload records.
/// </summary>
internal sealed record MutationOutcome(long Sequence, IReadOnlyDictionary<string, Iri?> Records);
