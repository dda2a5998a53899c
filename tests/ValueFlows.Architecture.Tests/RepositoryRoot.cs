namespace ValueFlows.Architecture.Tests;

/// <summary>Finds the repository root from the test assembly's folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ValueFlows.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ValueFlows.sln not found above " + AppContext.BaseDirectory);
    }
}
