using ValueFlows.Rdf;

namespace ValueFlows.Cli.Commands;

/// <summary>Resolves the CLI's format names and file extensions to formats (DECISIONS.md 25: one table for every command).</summary>
internal static class FormatNames
{
    public static RdfFormat Resolve(string? name, string path, string direction)
    {
        var registry = RdfFormatRegistry.Default;
        if (name is not null)
        {
            return registry.TryGetByName(name, out var byName)
                ? byName
                : throw new CliUsageException($"Unknown {direction} format '{name}'. Known: {Known()}.");
        }

        if (path == "-")
        {
            throw new CliUsageException($"Reading or writing '-' needs --{direction} (one of: {Known()}).");
        }

        return registry.TryGetByFileName(path, out var byExt)
            ? byExt
            : throw new CliUsageException($"Cannot tell the format of '{path}' from its extension; give --{direction} (one of: {Known()}).");
    }

    public static string Known() =>
        string.Join(", ", RdfFormatRegistry.Default.All.Select(f => f.Aliases.Count == 0 ? f.Name : $"{f.Name}|{string.Join('|', f.Aliases)}"));
}
