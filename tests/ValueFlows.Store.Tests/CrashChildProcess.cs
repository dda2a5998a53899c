using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ValueFlows.Store.Tests;

/// <summary>
/// Starts this test assembly as a child process in a crash-child mode, waits for its first "ACK n" line, lets it run a
/// little longer and kills it with SIGKILL; returns every number it acknowledged before dying.
/// </summary>
internal static class CrashChildProcess
{
    public static List<long> RunAndKill(string mode, string directory, long next, int delayMs, out string errors)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(CrashChildProcess).Assembly.Location);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add(next.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var acknowledged = new ConcurrentQueue<long>();
        var errorText = new ConcurrentQueue<string>();
        using var ready = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && e.Data.StartsWith("ACK ", StringComparison.Ordinal))
            {
                acknowledged.Enqueue(long.Parse(e.Data.AsSpan(4), CultureInfo.InvariantCulture));
                ready.Set();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errorText.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool started = ready.Wait(TimeSpan.FromSeconds(60));
        Thread.Sleep(delayMs);
        process.Kill();
        process.WaitForExit();
        errors = string.Join('\n', errorText);
        Assert.True(started, "the child acknowledged nothing: " + errors);
        return [.. acknowledged];
    }
}
