using GraphQL;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The resolver of every (type, field) of the schema, filled by the <see cref="IVfResolverSource"/>s of this assembly.
/// A field registered twice is a programming error (two sources claiming it), reported when the schema is built.
/// </summary>
internal sealed class VfResolverTable
{
    private readonly Dictionary<(string Type, string Field), Func<IResolveFieldContext, ValueTask<object?>>> _resolvers = [];

    /// <summary>The number of registered resolvers.</summary>
    public int Count => _resolvers.Count;

    /// <summary>A table with the resolvers of every <see cref="IVfResolverSource"/> of this assembly.</summary>
    public static VfResolverTable FromAssembly()
    {
        var table = new VfResolverTable();
        var sources = typeof(VfResolverTable).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IVfResolverSource).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in sources)
        {
            var source = (IVfResolverSource)(Activator.CreateInstance(type)
                ?? throw new InvalidOperationException($"Cannot create the resolver source {type}."));
            source.Register(table);
        }

        return table;
    }

    /// <summary>Registers the resolver of <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    /// <exception cref="InvalidOperationException">The field already has a resolver.</exception>
    public void Add(string typeName, string fieldName, Func<IResolveFieldContext, ValueTask<object?>> resolve)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(resolve);
        if (!_resolvers.TryAdd((typeName, fieldName), resolve))
        {
            throw new InvalidOperationException($"The field {typeName}.{fieldName} has two resolvers.");
        }
    }

    /// <summary>Registers a synchronous resolver.</summary>
    public void Add(string typeName, string fieldName, Func<IResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        Add(typeName, fieldName, context => ValueTask.FromResult(resolve(context)));
    }

    /// <summary>True when <paramref name="typeName"/>.<paramref name="fieldName"/> has a resolver.</summary>
    public bool Contains(string typeName, string fieldName) => _resolvers.ContainsKey((typeName, fieldName));

    /// <summary>The resolver of the field, or null.</summary>
    public Func<IResolveFieldContext, ValueTask<object?>>? Find(string typeName, string fieldName) =>
        _resolvers.GetValueOrDefault((typeName, fieldName));
}
