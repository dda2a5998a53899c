using System.Diagnostics;

namespace ValueFlows.Architecture.Tests;

/// <summary>Repository-wide text rules from .editorconfig that the compiler does not check: UTF-8 without BOM, LF only.</summary>
public class HygieneTests
{
    // ValueFlows.sln is left out: `dotnet sln` writes it with a BOM and rewrites it on every `add`.
    private static readonly string[] s_textExtensions =
        [".cs", ".csproj", ".props", ".md", ".ttl", ".nt", ".nq", ".trig", ".json", ".jsonld", ".rq", ".ru", ".sh", ".graphql"];

    [Fact]
    public void TrackedTextFiles_HaveNoBomAndNoCarriageReturns()
    {
        var offenders = new List<string>();
        foreach (var file in TrackedFiles().Where(f => s_textExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)))
        {
            var full = Path.Combine(RepositoryRoot.Path, file);
            if (!File.Exists(full))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(full);
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                offenders.Add(file + " (BOM)");
            }

            if (Array.IndexOf(bytes, (byte)'\r') >= 0)
            {
                offenders.Add(file + " (CR)");
            }
        }

        Assert.True(offenders.Count == 0, "Files breaking the text rules: " + string.Join(", ", offenders));
    }

    [Fact]
    public void SourceFiles_HaveNoStubsOrTodoMarkers()
    {
        string[] markers = ["NotImplementedException", "TODO", "FIXME", "HACK"];
        var offenders = TrackedFiles()
            .Where(f => f.StartsWith("src/", StringComparison.Ordinal) && f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => File.Exists(Path.Combine(RepositoryRoot.Path, f)))
            .Where(f => markers.Any(m => File.ReadAllText(Path.Combine(RepositoryRoot.Path, f)).Contains(m, StringComparison.Ordinal)))
            .ToList();
        Assert.True(offenders.Count == 0, "Stubs or markers left in: " + string.Join(", ", offenders));
    }

    private static List<string> TrackedFiles()
    {
        var psi = new ProcessStartInfo("git", "ls-files -z")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(psi)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)];
    }
}
