using System.Globalization;
using ValueFlows.Rdf;
using Xunit.Abstractions;

namespace ValueFlows.Store.Tests;

/// <summary>
/// Kills a child process that runs numbered multi-operation SPARQL updates with SIGKILL at random moments, restarts,
/// and checks that every acknowledged update is wholly there and no update is there in part (issue 5 item 6).
/// </summary>
public sealed class UpdateCrashTests(ITestOutputHelper output)
{
    private const int Kills = 22;

    [Fact]
    public void Kill_DuringMultiOperationUpdates_KeepsEveryAcknowledgedUpdateWholeAndNoPartialOne()
    {
        using var dir = new TempDirectory();
        var random = new Random(20261123);
        long next = 1;
        long acknowledgedTotal = 0;
        for (int kill = 0; kill < Kills; kill++)
        {
            var acknowledged = CrashChildProcess.RunAndKill("update-crash-child", dir.Path, next, random.Next(0, 150), out var errors);
            acknowledgedTotal += acknowledged.Count;
            long present = Verify(dir.Path, acknowledged, errors);
            Assert.True(present >= next - 1, "updates that were already verified disappeared");
            next = present + 1;
        }

        output.WriteLine($"{Kills} kills, {acknowledgedTotal} acknowledged updates, {next - 1} present at the end.");
        Assert.True(next > Kills, "the child ran too few updates to test anything");
    }

    /// <summary>Checks the restarted store and returns how many updates it holds (they are consecutive from 1).</summary>
    private static long Verify(string directory, List<long> acknowledged, string errors)
    {
        using var store = QuadStore.Open(directory, Q.Quiet());
        using var snapshot = store.OpenSnapshot();
        var counter = snapshot.GetQuads(UpdateCrashChild.Counter, UpdateCrashChild.Value, null, null).ToList();
        Assert.True(counter.Count == 1, $"the counter has {counter.Count} values, so an update is present in part. {errors}");
        long present = long.Parse(((Literal)counter[0].Object).Value, CultureInfo.InvariantCulture);
        Assert.True(
            snapshot.Count == (present * UpdateCrashChild.QuadsPerUpdate) + 1,
            $"{snapshot.Count} quads for {present} updates: an update is present in part. {errors}");
        for (long n = 1; n <= present; n++)
        {
            var quads = UpdateCrashChild.EndState(n).ToList();
            int found = quads.Count(q => snapshot.GetQuads(q.Subject, q.Predicate, q.Object, q.Graph).Any());
            Assert.True(found == quads.Count, $"update {n} is present in part ({found} of {quads.Count} quads). {errors}");
        }

        foreach (long n in acknowledged)
        {
            Assert.True(n <= present, $"acknowledged update {n} is missing (only 1..{present} are there). {errors}");
        }

        return present;
    }
}
