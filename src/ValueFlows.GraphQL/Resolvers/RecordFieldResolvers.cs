using GraphQL;
using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Schema;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The default resolvers of every record type: <c>id</c> and each stored field of <see cref="VfModel"/>, read from the
/// parent <see cref="VfRecord"/> (references through the batch loader, measures as <see cref="VfMeasure"/>, durations
/// as <see cref="VfDuration"/>, actions from <see cref="ActionCatalog"/>).
/// </summary>
internal sealed class RecordFieldResolvers : IVfResolverSource
{
    public void Register(VfResolverTable table)
    {
        foreach (var type in VfModel.Types)
        {
            // A Unit may also be an OM unit of the catalog that the store lacks: ValueTypeResolvers serves it.
            if (!VfReferenceSchema.Fields.ContainsKey(type.Name) || type.Name == "Unit")
            {
                continue;
            }

            table.Add(type.Name, "id", c => c.Record().Id.Value);
            foreach (var field in type.Fields.Where(f => !f.IsInverse && VfReferenceSchema.HasField(type.Name, f.Name)))
            {
                if (!table.Contains(type.Name, field.Name))
                {
                    table.Add(type.Name, field.Name, Finished(type.Name, field.Name) ?? Resolver(field));
                }
            }
        }
    }

    /// <summary>
    /// <c>finished</c> of commitments, intents and claims is derived: the stored flag, or fully fulfilled, satisfied or
    /// settled (docs/vf-derived.md); a process's is the stored flag.
    /// </summary>
    private static Func<IResolveFieldContext, object?>? Finished(string type, string field) => (type, field) switch
    {
        ("Commitment", "finished") => c => c.Vf().Derived.GetCommitmentProgress(c.Record().Id).Finished,
        ("Intent", "finished") => c => c.Vf().Derived.GetIntentProgress(c.Record().Id).Finished,
        ("Claim", "finished") => c => c.Vf().Derived.GetClaimProgress(c.Record().Id).Finished,
        _ => null,
    };

    /// <summary>The GraphQL value of a stored field.</summary>
    public static Func<IResolveFieldContext, object?> Resolver(VfField field) => field.Shape switch
    {
        VfValueShape.Reference when field.IsList => c => c.Vf().Loader.LoadMany(c.Record().GetIris(field.Name)),
        // A unit may be a shared OM unit the store never loaded (DECISIONS 9): the catalog answers for it.
        VfValueShape.Reference when field.Targets is ["Unit"] => c => c.Record().GetIri(field.Name) is { } id ? UnitValue.Load(c, id) : null,
        VfValueShape.Reference => c => c.Record().GetIri(field.Name) is { } id ? c.Vf().Loader.Load(id) : null,
        VfValueShape.Action => c => c.Record().GetIri(field.Name) is { } id && ActionCatalog.Standard.TryGet(id.Value, out var action) ? action : null,
        VfValueShape.Uri when field.IsList => c => c.Record().GetIris(field.Name).Select(i => i.Value).ToList(),
        VfValueShape.Uri => c => c.Record().GetIri(field.Name)?.Value,
        VfValueShape.Boolean => c => c.Record().GetBoolean(field.Name),
        VfValueShape.Measure => c => c.Record().GetMeasure(field.Name),
        VfValueShape.Duration => c => c.Record().GetDuration(field.Name),
        _ when field.IsList => c => Lexical(c.Record(), field.Name),
        _ => c => c.Record().GetString(field.Name),
    };

    private static List<string> Lexical(VfRecord record, string field) =>
        [.. record.Get(field).OfType<VfTermValue>().Select(v => v.Term switch { Literal l => l.Value, Iri i => i.Value, _ => null }).OfType<string>()];
}
