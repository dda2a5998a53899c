using ValueFlows.Store;

namespace ValueFlows.Cli.Commands;

/// <summary>Opens the data directory's store for the VF commands, which need a base IRI to name records under.</summary>
internal static class DataDirectoryStore
{
    /// <summary>The base a data directory gets when none was recorded (as <c>vf serve</c> on its default port).</summary>
    public const string DefaultBaseIri = "http://localhost:5000/";

    /// <summary>
    /// Opens <paramref name="directory"/>; with <paramref name="create"/> a new directory (or one created by a raw import,
    /// without a base) records <see cref="DefaultBaseIri"/>; without it a missing directory is a usage error.
    /// </summary>
    public static QuadStore Open(string directory, bool create)
    {
        if (!create && !Directory.Exists(directory))
        {
            throw new CliUsageException($"No data directory '{directory}'.");
        }

        var options = new QuadStoreOptions { Warning = w => Console.Error.WriteLine($"vf: warning: {w}") };
        var store = QuadStore.Open(directory, options);
        if (store.BaseIri is not null || !create)
        {
            return store;
        }

        store.Dispose();
        return QuadStore.Open(directory, options with { BaseIri = DefaultBaseIri });
    }
}
