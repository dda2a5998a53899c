using GraphQL;
using ValueFlows.Core;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Units;
using ValueFlows.GraphQL.Execution;
using ValueFlows.GraphQL.Resolvers;

namespace ValueFlows.GraphQL.Revisions;

/// <summary>
/// Resolves <c>revisionId</c>, <c>revision(revisionId)</c> and <c>meta</c> of every record type, and the fields of
/// <c>RecordMeta</c> and <c>Revision</c> (DECISIONS 1–3): revisions are the seqs of the store's transactions that wrote
/// the record, and a past revision is rebuilt from the store's history by Core.
/// </summary>
internal sealed class RevisionResolverSource : IVfResolverSource
{
    // Revision times come from reading the log; one read per record and request, only when a query asks for a time.
    private const string TimesKey = "ValueFlows.GraphQL.Revisions.times:";

    /// <inheritdoc />
    public void Register(VfResolverTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var type in VfModel.Types)
        {
            table.Add(type.Name, "revisionId", context => Versioned.Of(context.Source).RevisionId);
            table.Add(type.Name, "revision", Revision);
            table.Add(type.Name, "meta", Meta);
        }

        table.Add("RecordMeta", "previousRevision", context => MetaOf(context).Of(MetaOf(context).Meta.Previous));
        table.Add("RecordMeta", "previousRevisionsCount", context => MetaOf(context).Meta.PreviousCount);
        table.Add("RecordMeta", "futureRevisionsCount", context => MetaOf(context).Meta.FutureCount);
        table.Add("RecordMeta", "latestRevision", context => MetaOf(context).Of(MetaOf(context).Meta.Latest));
        table.Add("RecordMeta", "retrievedRevision", context => MetaOf(context).Of(MetaOf(context).Meta.Retrieved));
        table.Add("Revision", "id", context => RevisionOf(context).Revision.Id);
        table.Add("Revision", "time", Time);

        // Revisions carry no author until authentication lands (DECISIONS 23); the schema allows null ("if known").
        table.Add("Revision", "author", _ => null);
    }

    private static RecordMetaValue MetaOf(IResolveFieldContext context) => (RecordMetaValue)context.Source!;

    private static RevisionValue RevisionOf(IResolveFieldContext context) => (RevisionValue)context.Source!;

    private static object? Revision(IResolveFieldContext context)
    {
        var record = Versioned.Of(context.Source);
        var revisionId = context.GetArgument<string>("revisionId");
        var (id, seq) = VfRevisionId.Parse(revisionId);
        if (!id.Equals(record.Id))
        {
            throw new VfDomainException(
                VfErrorCode.BadUserInput, $"'{revisionId}' is a revision of {id.Value}, not of {record.Id.Value}.", "revisionId");
        }

        // An OM unit the store lacks (DECISIONS 9) has one revision, the unknown one (0): itself.
        if (context.Source is VfUnit)
        {
            return seq == record.Revision
                ? context.Source
                : throw new VfDomainException(VfErrorCode.NotFound, $"{id.Value} is a shared OM unit with no revision {seq}.", "revisionId");
        }

        return VfGraphQLContext.Of(context).Read.GetRevision(revisionId);
    }

    private static object? Meta(IResolveFieldContext context)
    {
        var record = Versioned.Of(context.Source);
        var meta = context.Source is VfUnit ? null : VfGraphQLContext.Of(context).Read.GetMeta(record.Id, record.Revision);
        if (meta is null)
        {
            // Revision 0 (bulk-loaded before revisions were kept, or an OM unit the store lacks): its own only revision.
            var only = new VfRevision(record.RevisionId, record.Revision);
            meta = new VfRecordMeta(only, null, 0, 0, only) { All = [only] };
        }

        return new RecordMetaValue(record.Id, meta);
    }

    private static object? Time(IResolveFieldContext context)
    {
        var revision = RevisionOf(context);
        if (revision.Revision.TimeUtc is { } known)
        {
            return known;
        }

        var request = VfGraphQLContext.Of(context);
        var key = TimesKey + request.Read.Snapshot.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + revision.Record.Value;
        IReadOnlyList<VfRevision> timed;
        lock (request)
        {
            if (request.GetValueOrDefault(key) is not IReadOnlyList<VfRevision> cached)
            {
                cached = request.Read.GetRevisions(revision.Record, withTimes: true);
                request[key] = cached;
            }

            timed = cached;
        }

        return timed.FirstOrDefault(r => r.Sequence == revision.Revision.Sequence)?.TimeUtc;
    }

    /// <summary>What the revision fields need of a record-typed value: a stored record or an OM unit of the catalog.</summary>
    private readonly record struct Versioned(Rdf.Iri Id, long Revision)
    {
        public string RevisionId => VfRevisionId.Format(Id, Revision);

        public static Versioned Of(object? source) => source switch
        {
            VfRecord record => new Versioned(record.Id, record.Revision),
            VfUnit unit => new Versioned(unit.Iri, 0),
            _ => throw new InvalidOperationException($"A record type resolved to {source?.GetType().Name ?? "null"}, not a record."),
        };
    }
}
