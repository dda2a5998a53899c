using System.Diagnostics;

namespace ValueFlows.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the scripts of <c>tests/graphql-schema</c> (pinned <c>@valueflows/vf-graphql</c> and <c>graphql</c>) with node.
/// Missing <c>node_modules</c> is a failure that names the command to run (CI runs it in <c>.ci/run</c>).
/// </summary>
internal static class NodeSchemaCheck
{
    public static string Directory { get; } = Find();

    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@valueflows", "vf-graphql")))
        {
            Assert.Fail($"The pinned vf-graphql package is not installed: run `npm ci --prefix {Directory}`.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "graphql-schema");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/graphql-schema/package.json is not above " + AppContext.BaseDirectory);
    }
}
