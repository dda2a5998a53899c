using ValueFlows.Core.Model;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// One <c>Mutation</c> field of vf-graphql: the record type it writes, the argument holding its input and the field of
/// its <c>XResponse</c> payload that returns the record (null for the deletes, which return <c>Boolean!</c>).
/// </summary>
internal sealed record MutationField(string Name, MutationKind Kind, VfRecordType Type, string Argument, string? PayloadField)
{
    /// <summary>The payload type (<c>PersonResponse</c>), or null for deletes.</summary>
    public string? PayloadType => PayloadField is null ? null : Type.Name + "Response";
}
