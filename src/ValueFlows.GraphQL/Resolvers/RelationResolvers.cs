using GraphQL;
using GraphQL.Types;
using ValueFlows.Core.Derived;
using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;
using ValueFlows.Core.Trace;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The relation fields of record types: inverse fields of <see cref="VfModel"/> (connections are Core lists filtered on
/// the other type's stored field; plain lists read <c>GetInverse</c>), the derived lists of <see cref="VfDerivedReader"/>
/// (paged in memory by IRI), track/trace and one-step previous/next of <see cref="TrackTrace"/>, and <c>deletable</c>.
/// </summary>
internal sealed class RelationResolvers : IVfResolverSource
{
    private static readonly HashSet<string> TraceTypes = ["EconomicResource", "EconomicEvent", "Process"];

    public void Register(VfResolverTable table)
    {
        var derived = DerivedPairs();
        foreach (var type in VfModel.Types.Where(t => VfReferenceSchema.Fields.ContainsKey(t.Name)))
        {
            foreach (var field in type.Fields.Where(f => f.IsInverse && VfReferenceSchema.HasField(type.Name, f.Name)))
            {
                table.Add(type.Name, field.Name, Inverse(type, field));
            }

            var derivedType = type.Name is "Person" or "Organization" ? "Agent" : type.Name;
            foreach (var name in derived.Where(d => d.Type == derivedType || d.Type == "*").Select(d => d.Field))
            {
                if (VfReferenceSchema.HasField(type.Name, name) && !table.Contains(type.Name, name))
                {
                    table.Add(type.Name, name, Derived(type.Name, name));
                }
            }

            if (VfReferenceSchema.HasField(type.Name, "deletable"))
            {
                table.Add(type.Name, "deletable", c => c.Vf().Read.IsDeletable(c.Record().Id));
            }

            if (TraceTypes.Contains(type.Name))
            {
                AddIfInSchema(table, type.Name, "track", c => Steps(c, TrackTrace.Track(c.Vf().Read, c.Record().Id)));
                AddIfInSchema(table, type.Name, "trace", c => Steps(c, TrackTrace.Trace(c.Vf().Read, c.Record().Id)));
                AddIfInSchema(table, type.Name, "previous", c => Steps(c, TrackTrace.Previous(c.Vf().Read, c.Record().Id)));
                AddIfInSchema(table, type.Name, "next", c => Steps(c, TrackTrace.Next(c.Vf().Read, c.Record().Id)));
            }
        }
    }

    private static void AddIfInSchema(VfResolverTable table, string type, string field, Func<IResolveFieldContext, object?> resolve)
    {
        if (VfReferenceSchema.HasField(type, field) && !table.Contains(type, field))
        {
            table.Add(type, field, resolve);
        }
    }

    // The list-valued derived fields VfDerivedReader.Related answers ("*" = every type with the field).
    private static IReadOnlyList<(string Type, string Field)> DerivedPairs() =>
        [.. VfDerivedFields.All
            .Where(d => d.Field is not ("id" or "revisionId" or "revision" or "meta" or "deletable" or "track" or "trace" or "previous" or "next"))
            .Select(d => (d.Type, d.Field))];

    private static Func<IResolveFieldContext, object?> Inverse(VfRecordType type, VfField field)
    {
        var shape = VfReferenceSchema.Shape(type.Name, field.Name)!;
        var targets = field.Targets!.Select(VfModel.Get).ToList();
        if (shape.IsConnection)
        {
            return c => ListQueries.List(c, targets, new VfFieldFilter(field.InverseOf!, [c.Record().Id]));
        }

        return shape.IsList
            ? c => c.Vf().Loader.LoadMany(c.Vf().Read.GetInverse(c.Record().Id, field))
            : c => c.Vf().Read.GetInverse(c.Record().Id, field) is [var first, ..] ? c.Vf().Loader.Load(first) : null;
    }

    private static Func<IResolveFieldContext, object?> Derived(string typeName, string field)
    {
        var shape = VfReferenceSchema.Shape(typeName, field)!;
        return c =>
        {
            var vf = c.Vf();
            var ids = vf.Derived.Related(typeName, field, c.Record().Id);
            if (ConnectionResolvers.FilterOf(c) is { } filter && VfFilterParams.Build(filter, vf.Now) is { Count: > 0 } filters)
            {
                ids = [.. vf.Read.GetMany(ids).OfType<VfRecord>().Where(r => InMemoryListFilter.Matches(r, filters)).Select(r => r.Id)];
            }

            if (shape.IsConnection)
            {
                return IdListPage.Of(ids, ConnectionResolvers.PageOf(c));
            }

            return shape.IsList ? vf.Loader.LoadMany(ids) : ids.Count > 0 ? vf.Loader.Load(ids[0]) : null;
        };
    }

    // A step whose type the field's union lacks (ProductionFlowItem has no events) is left out, not an error.
    private static object Steps(IResolveFieldContext context, IReadOnlyList<TraceStep> steps)
    {
        var allowed = context.FieldDefinition.ResolvedType?.GetNamedType() is IAbstractGraphType union
            ? union.PossibleTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal)
            : null;
        return context.Vf().Loader.LoadMany([.. steps.Where(s => allowed is null || allowed.Contains(s.RecordType)).Select(s => s.Id)]);
    }

}
