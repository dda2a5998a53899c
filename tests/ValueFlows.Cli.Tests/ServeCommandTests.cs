using System.Diagnostics;

namespace ValueFlows.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-serve-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Serve_NonPositiveQueryTimeout_IsAUsageError()
    {
        var (code, _, stderr) = VfProcess.Run(_dir, null, "serve", "--data", "store", "--query-timeout", "-1");
        Assert.Equal(2, code);
        Assert.Contains("--query-timeout", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_AnotherBaseThanTheDataDirectoryWasCreatedWith_IsRefused()
    {
        // The first server records its base in the new data directory; it is stopped once it says it is serving.
        var vf = Path.Combine(Path.GetDirectoryName(typeof(ServeCommandTests).Assembly.Location)!, "..", "..", "..", "..", "..", "src", "ValueFlows.Cli", "bin",
            new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name, "net10.0", "vf.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { vf, "serve", "--data", "store", "--base", "https://one.example/", "--urls", "http://127.0.0.1:0" })
        {
            psi.ArgumentList.Add(arg);
        }

        using (var first = Process.Start(psi)!)
        {
            try
            {
                string? line;
                while ((line = first.StandardOutput.ReadLine()) is not null && !line.Contains("Serving", StringComparison.Ordinal))
                {
                }

                Assert.NotNull(line);
                Assert.Contains("https://one.example/", line, StringComparison.Ordinal);
            }
            finally
            {
                first.Kill(entireProcessTree: true);
                first.WaitForExit();
            }
        }

        var (code, _, stderr) = VfProcess.Run(_dir, null, "serve", "--data", "store", "--base", "https://two.example/", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, code);
        Assert.Contains("https://one.example/", stderr, StringComparison.Ordinal);
    }
}
