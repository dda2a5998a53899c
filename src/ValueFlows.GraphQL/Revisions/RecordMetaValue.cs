using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Revisions;

/// <summary>The runtime value of vf-graphql's <c>RecordMeta</c>: Core's meta of one record as retrieved.</summary>
internal sealed record RecordMetaValue(Iri Record, VfRecordMeta Meta)
{
    /// <summary>The revision as a <c>Revision</c> value (null stays null).</summary>
    public RevisionValue? Of(VfRevision? revision) => revision is null ? null : new RevisionValue(Record, revision);
}
