using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace ValueFlows.Store.Tests;

/// <summary>
/// Kills a child process that commits numbered transactions with SIGKILL at random moments, restarts, and checks that
/// every acknowledged transaction is there and no transaction is there in part.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 24;

    [Fact]
    public void Kill_AtRandomMoments_KeepsEveryAcknowledgedTransactionAndNoPartialOne()
    {
        using var dir = new TempDirectory();
        var random = new Random(20261122);
        long next = 1;
        long acknowledgedTotal = 0;
        for (int kill = 0; kill < Kills; kill++)
        {
            var acknowledged = RunAndKill(dir.Path, next, random.Next(0, 120), out var errors);
            acknowledgedTotal += acknowledged.Count;
            long present = Verify(dir.Path, acknowledged, errors);
            Assert.True(present >= next - 1, "transactions that were already verified disappeared");
            next = present + 1;
        }

        output.WriteLine($"{Kills} kills, {acknowledgedTotal} acknowledged transactions, {next - 1} present at the end.");
        Assert.True(next > Kills, "the child committed too few transactions to test anything");
    }

    private static List<long> RunAndKill(string directory, long next, int delayMs, out string errors)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(CrashChild).Assembly.Location);
        start.ArgumentList.Add("crash-child");
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add(next.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var acknowledged = new ConcurrentQueue<long>();
        var errorText = new ConcurrentQueue<string>();
        using var ready = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (e.Data.StartsWith("ACK ", StringComparison.Ordinal))
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

    private static long Verify(string directory, List<long> acknowledged, string errors)
    {
        using var store = QuadStore.Open(directory, Q.Quiet());
        using var snapshot = store.OpenSnapshot();
        long count = snapshot.Count;
        Assert.True(count % CrashChild.QuadsPerTransaction == 0, $"a partial transaction is visible ({count} quads). {errors}");
        long present = count / CrashChild.QuadsPerTransaction;
        for (long n = 1; n <= present; n++)
        {
            var quads = CrashChild.Quads(n).ToList();
            int found = quads.Count(q => snapshot.GetQuads(q.Subject, q.Predicate, q.Object, q.Graph).Any());
            Assert.True(found == quads.Count, $"transaction {n} is present in part ({found} of {quads.Count} quads). {errors}");
        }

        foreach (long n in acknowledged)
        {
            Assert.True(n <= present, $"acknowledged transaction {n} is missing (only 1..{present} are there). {errors}");
        }

        return present;
    }
}
