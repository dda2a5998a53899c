using GraphQL;
using GraphQL.DataLoader;
using ValueFlows.Core.Model;
using ValueFlows.Core.Units;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// A <c>Unit</c> value: the stored record when the store has it, else the OM unit of <see cref="UnitCatalog"/> (units
/// are shared OM IRIs: DECISIONS 9, and a store need not have them loaded).
/// </summary>
internal static class UnitValue
{
    public static object Load(IResolveFieldContext context, Iri unit) =>
        new Fallback(context.Vf().Loader.Load(unit), unit);

    /// <summary>The unit now (getter by id): the record, the catalog's unit, or null.</summary>
    public static object? Get(IResolveFieldContext context, Iri unit) =>
        context.Vf().Loader.Get(unit) is { } record ? record.Type.Name == "Unit" ? record : null : Catalog(unit);

    public static string Id(object? source) => source switch
    {
        VfUnit u => u.Iri.Value,
        VfRecord r => r.Id.Value,
        _ => throw new InvalidOperationException("A Unit is a record or an OM unit."),
    };

    private static VfUnit? Catalog(Iri unit) => UnitCatalog.Standard.TryGet(unit.Value, out var known) ? known : null;

    private sealed class Fallback(IDataLoaderResult<VfRecord?> record, Iri unit) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var found = await record.GetResultAsync(cancellationToken).ConfigureAwait(false);
            return found is { Type.Name: "Unit" } ? found : Catalog(unit);
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => GetResultAsync(cancellationToken);
    }
}
