namespace ValueFlows.Cli.Tests;

/// <summary><c>vf import --replay</c> feeds VF records through the VF rules; <c>vf check</c> recomputes derived state and reports differences.</summary>
public sealed class ReplayCheckCommandTests : IDisposable
{
    private const string Pot = "http://localhost:5000/economicResource/pot";

    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-replay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ImportReplay_TheSampleStories_ThenCheckIsClean()
    {
        var (code, _, err) = VfProcess.Run(_dir, null, ["import", "--replay", .. Samples(), "--data", "store"]);
        Assert.True(code == 0, err);
        Assert.Contains("replayed 164 records", err, StringComparison.Ordinal);
        Assert.Contains("60 EconomicEvent", err, StringComparison.Ordinal);

        (code, var stdout, err) = VfProcess.Run(_dir, null, "check", "--data", "store");
        Assert.True(code == 0, stdout + err);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("13 resources, 60 events replayed; 0 difference(s)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AfterARawUpdateOfAQuantity_ReportsTheResourceAndBothValues()
    {
        var (code, _, err) = VfProcess.Run(_dir, null, ["import", "--replay", .. Samples(), "--data", "store"]);
        Assert.True(code == 0, err);
        (code, _, err) = VfProcess.Run(
            _dir,
            null,
            "update",
            "--data",
            "store",
            "PREFIX vf: <https://w3id.org/valueflows/ont/vf#> DELETE { ?q vf:hasNumericalValue ?v } INSERT { ?q vf:hasNumericalValue 1.0 } "
            + $"WHERE {{ <{Pot}> vf:accountingQuantity ?q . ?q vf:hasNumericalValue ?v }}");
        Assert.True(code == 0, err);

        (code, var stdout, err) = VfProcess.Run(_dir, null, "check", "--data", "store");

        Assert.Equal(1, code);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{Pot} accountingQuantity: stored 1 ", line, StringComparison.Ordinal);
        Assert.Contains("recomputed 2750 ", line, StringComparison.Ordinal);
        Assert.Contains("1 difference(s)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportReplay_ARecordBreakingAVfRule_NamesItAndStoresNothing()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.ttl"), """
            @prefix vf: <https://w3id.org/valueflows/ont/vf#> .
            <person/ann> a vf:Person ; vf:name "Ann" .
            <economicEvent/e1> a vf:EconomicEvent ; vf:action vf:work ; vf:provider <person/ann> ; vf:receiver <person/nobody> ;
                vf:effortQuantity [ a vf:Measure ; vf:hasNumericalValue 2 ; vf:hasUnit <http://www.ontology-of-units-of-measure.org/resource/om-2/hour> ] ;
                vf:hasPointInTime "2026-04-01T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
            """);

        var (code, _, err) = VfProcess.Run(_dir, null, "import", "--replay", "bad.ttl", "--data", "store");

        Assert.Equal(1, code);
        Assert.Contains("http://localhost:5000/economicEvent/e1 (receiver)", err, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", err, StringComparison.Ordinal);
        (code, var stdout, err) = VfProcess.Run(_dir, null, "export", "--data", "store");
        Assert.True(code == 0, err);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void ImportReplay_IntoAGraph_IsAUsageError()
    {
        var (code, _, err) = VfProcess.Run(_dir, null, ["import", "--replay", Samples()[0], "--graph", "http://example.org/g", "--data", "store"]);
        Assert.Equal(2, code);
        Assert.Contains("--graph", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingDataDirectory_IsAUsageError()
    {
        var (code, _, err) = VfProcess.Run(_dir, null, "check", "--data", "nowhere");
        Assert.Equal(2, code);
        Assert.Contains("nowhere", err, StringComparison.Ordinal);
    }

    private static string[] Samples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "data")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("samples/data"), "samples", "data");
        return [.. new[] { "bakery-crew.ttl", "mutual-aid.ttl", "cider-chain.ttl" }.Select(f => Path.Combine(folder, f))];
    }
}
