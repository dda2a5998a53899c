using System.Diagnostics;

namespace ValueFlows.Cli.Tests;

/// <summary>Runs the built <c>vf</c> command as a child process, as a user would.</summary>
internal static class VfProcess
{
    private static readonly string s_vfDll = FindVf();

    public static (int ExitCode, string StdOut, string StdErr) Run(string workingDirectory, string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(s_vfDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("vf did not finish within two minutes.");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindVf()
    {
        // tests/ValueFlows.Cli.Tests/bin/<Configuration>/net10.0 → src/ValueFlows.Cli/bin/<Configuration>/net10.0/vf.dll
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var configuration = testBin.Parent!.Name;
        var root = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var vf = Path.Combine(root, "src", "ValueFlows.Cli", "bin", configuration, testBin.Name, "vf.dll");
        return File.Exists(vf) ? vf : throw new FileNotFoundException("Build src/ValueFlows.Cli first.", vf);
    }
}
