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
            var acknowledged = CrashChildProcess.RunAndKill("crash-child", dir.Path, next, random.Next(0, 120), out var errors);
            acknowledgedTotal += acknowledged.Count;
            long present = Verify(dir.Path, acknowledged, errors);
            Assert.True(present >= next - 1, "transactions that were already verified disappeared");
            next = present + 1;
        }

        output.WriteLine($"{Kills} kills, {acknowledgedTotal} acknowledged transactions, {next - 1} present at the end.");
        Assert.True(next > Kills, "the child committed too few transactions to test anything");
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
