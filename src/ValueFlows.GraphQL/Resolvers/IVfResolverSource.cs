namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// A set of field resolvers. Every non-abstract implementation in this assembly is found by reflection and registers
/// itself, so new resolvers are new files, not lines in a central list. Needs a public parameterless constructor.
/// </summary>
internal interface IVfResolverSource
{
    /// <summary>Adds this source's resolvers to <paramref name="table"/>.</summary>
    void Register(VfResolverTable table);
}
