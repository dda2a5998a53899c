using Microsoft.Extensions.DependencyInjection;
using ValueFlows.Core.Records;

namespace ValueFlows.GraphQL;

/// <summary>Registers the GraphQL endpoint's services.</summary>
public static class VfGraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="VfGraphQLExecutor"/> (a singleton over the <see cref="VfLedger"/> registered in
    /// <paramref name="services"/>) and its <see cref="VfGraphQLOptions"/>.
    /// </summary>
    public static IServiceCollection AddValueFlowsGraphQL(this IServiceCollection services, Action<VfGraphQLOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new VfGraphQLOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new VfGraphQLExecutor(sp.GetRequiredService<VfLedger>(), sp.GetRequiredService<VfGraphQLOptions>()));
        return services;
    }
}
