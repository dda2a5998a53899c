using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Revisions;

/// <summary>The runtime value of vf-graphql's <c>Revision</c>: one revision and the record it belongs to (for its time).</summary>
internal sealed record RevisionValue(Iri Record, VfRevision Revision);
