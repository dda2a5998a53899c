using System.Diagnostics;

namespace ValueFlows.Cli.Tests;

public sealed class ServeSamplesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-samples-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Serve_SamplesIntoAStoreWithData_IsRefusedWithAMessage()
    {
        File.WriteAllText(Path.Combine(_dir, "one.nt"), "<http://example.org/a> <http://example.org/p> \"x\" .\n");
        var (imported, _, importErrors) = VfProcess.Run(_dir, null, "import", "one.nt", "--data", "store");
        Assert.True(imported == 0, importErrors);

        var (code, _, stderr) = VfProcess.Run(_dir, null, "serve", "--data", "store", "--samples", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Contains("--samples loads into an empty store", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_AsAgentThatIsNotAnIri_IsAUsageError()
    {
        var (code, _, stderr) = VfProcess.Run(_dir, null, "serve", "--data", "store", "--as-agent", "alice");

        Assert.Equal(2, code);
        Assert.Contains("--as-agent", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_AppSettingsInTheWorkingDirectory_AreRead()
    {
        File.WriteAllText(Path.Combine(_dir, "appsettings.json"), "{ \"Vf\": { \"AsAgent\": \"from-appsettings\" } }");

        var (code, _, stderr) = VfProcess.Run(_dir, null, "serve", "--data", "store");

        Assert.Equal(2, code);
        Assert.Contains("'from-appsettings'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_SamplesTwiceOnOneDirectory_SecondRunServesThemWithoutLoading()
    {
        var first = ServeUntilListening("serve", "--data", "store", "--samples", "--urls", "http://127.0.0.1:0");
        var second = ServeUntilListening("serve", "--data", "store", "--samples", "--urls", "http://127.0.0.1:0");

        Assert.Contains(first, l => l.Contains("Loaded the sample stories", StringComparison.Ordinal));
        Assert.DoesNotContain(second, l => l.Contains("Loaded the sample stories", StringComparison.Ordinal));
        Assert.Contains(second, l => l.Contains("already in", StringComparison.Ordinal));
        Assert.Contains(second, l => l.Contains("seq 1;", StringComparison.Ordinal));
    }

    [Fact]
    public void Serve_SamplesIntoANewStore_LoadsThemBeforeServing()
    {
        var lines = ServeUntilListening("serve", "--data", "store", "--samples", "--urls", "http://127.0.0.1:0", "--log-format", "json");

        var loaded = Assert.Single(lines, l => l.Contains("Loaded the sample stories", StringComparison.Ordinal));
        Assert.StartsWith("{", loaded, StringComparison.Ordinal);
        Assert.Contains("\"Records\":", loaded, StringComparison.Ordinal);
    }

    /// <summary>Starts `vf` with <paramref name="args"/>, collects its stdout until it logs "Serving", then stops it.</summary>
    private List<string> ServeUntilListening(params string[] args)
    {
        var vf = Path.Combine(Path.GetDirectoryName(typeof(ServeSamplesTests).Assembly.Location)!, "..", "..", "..", "..", "..", "src", "ValueFlows.Cli", "bin",
            new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name, "net10.0", "vf.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { vf }.Concat(args))
        {
            psi.ArgumentList.Add(arg);
        }

        var lines = new List<string>();
        using (var server = Process.Start(psi)!)
        {
            try
            {
                string? line;
                while ((line = server.StandardOutput.ReadLine()) is not null)
                {
                    lines.Add(line);
                    if (line.Contains("Serving", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit();
            }
        }

        return lines;
    }
}
