using ValueFlows.Core.Model;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// The runtime value of an <c>XResponse</c> payload type: its fields' records as read after the write, in the request's
/// reopened snapshot (so nested fields see the write too).
/// </summary>
internal sealed class MutationPayload(IReadOnlyDictionary<string, VfRecord?> records)
{
    /// <summary>The record of payload field <paramref name="field"/>, or null.</summary>
    public VfRecord? Get(string field) => records.GetValueOrDefault(field);
}
