using System.Collections;
using Microsoft.Extensions.Configuration;

namespace ValueFlows.Server;

/// <summary>
/// Where <see cref="VfServerOptions"/> come from, in rising precedence: <c>appsettings.json</c> (section <c>Vf</c>),
/// environment variables <c>Vf__QueryTimeout</c> or <c>ValueFlows__QueryTimeout</c> (ASP.NET Core's <c>__</c> nesting),
/// <c>VF_QueryTimeout</c>; the <c>vf serve</c> flags are applied on top by the caller.
/// </summary>
public static class VfServerConfiguration
{
    /// <summary>The prefix of the short environment variables (<c>VF_QueryTimeout=00:00:10</c>).</summary>
    public const string EnvironmentPrefix = "VF_";

    /// <summary>The alternative section name, for environments where <c>ValueFlows__*</c> reads better.</summary>
    public const string LongSection = "ValueFlows";

    /// <summary>Adds the <c>VF_*</c> environment variables as keys of section <c>Vf</c> (after the sources already there).</summary>
    public static IConfigurationBuilder AddVfEnvironmentVariables(this IConfigurationBuilder configuration, IDictionary? environment = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var keys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in environment ?? Environment.GetEnvironmentVariables())
        {
            // VF__X is already section Vf through the unprefixed environment source (keys are case-insensitive).
            if (entry.Key is string name && name.Length > EnvironmentPrefix.Length && name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
                && name[EnvironmentPrefix.Length] != '_')
            {
                keys[VfServerOptions.Section + ConfigurationPath.KeyDelimiter + name[EnvironmentPrefix.Length..].Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] =
                    entry.Value as string;
            }
        }

        return configuration.AddInMemoryCollection(keys);
    }

    /// <summary>Binds section <c>ValueFlows</c>, then section <c>Vf</c> over it, onto new options.</summary>
    public static VfServerOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new VfServerOptions();
        configuration.GetSection(LongSection).Bind(options);
        configuration.GetSection(VfServerOptions.Section).Bind(options);
        return options;
    }
}
