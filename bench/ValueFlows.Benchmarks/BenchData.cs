using System.Diagnostics;
using System.Globalization;

namespace ValueFlows.Benchmarks;

/// <summary>
/// The VF benchmark files, generated on first use under <c>$VF_BENCH_DIR</c> (default: the temp folder) and never
/// committed: N-Triples from <c>../shared/bench/gen-vf.py --agents $VF_BENCH_AGENTS</c> (default 3560, about 1M
/// triples) and the same data as prefixed, grouped Turtle (<c>scripts/nt-to-turtle.py</c>).
/// </summary>
internal static class BenchData
{
    public static int Agents { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("VF_BENCH_AGENTS"), CultureInfo.InvariantCulture, out int n) ? n : 3560;

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("VF_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "vf-bench");

    public static string NTriples => Ensure($"vf-{Agents}.nt", path =>
        Run("python3", $"\"{Path.Combine(RepositoryRoot, "..", "shared", "bench", "gen-vf.py")}\" --agents {Agents} -o \"{path}\"", null, null));

    public static string Turtle => Ensure($"vf-{Agents}.ttl", path =>
        Run("python3", $"\"{Path.Combine(RepositoryRoot, "bench", "ValueFlows.Benchmarks", "scripts", "nt-to-turtle.py")}\"", NTriples, path));

    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueFlows.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ValueFlows.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Ensure(string name, Action<string> create)
    {
        string path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Folder);
            string partial = path + ".partial";
            create(partial);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    private static void Run(string program, string arguments, string? stdinFile, string? stdoutFile)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = stdinFile is not null,
            RedirectStandardOutput = stdoutFile is not null,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        var copyIn = stdinFile is null ? Task.CompletedTask : Task.Run(() =>
        {
            using (var input = File.OpenRead(stdinFile))
            {
                input.CopyTo(process.StandardInput.BaseStream);
            }

            process.StandardInput.Close();
        });
        if (stdoutFile is not null)
        {
            using var output = File.Create(stdoutFile);
            process.StandardOutput.BaseStream.CopyTo(output);
        }

        copyIn.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited with {process.ExitCode}");
        }
    }
}
