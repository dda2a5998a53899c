using ValueFlows.Rdf;

namespace ValueFlows.Cli.Tests;

public sealed class ImportExportCommandTests : IDisposable
{
    private const string Triples =
        "<http://example.org/s> <http://example.org/p> \"o\" .\n" +
        "<http://example.org/s> <http://example.org/q> \"2026-01-17T07:36:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n" +
        "_:b <http://example.org/p> <http://example.org/s> .\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Import_ThenExport_GivesTheSameQuadsAfterRestart()
    {
        File.WriteAllText(Path.Combine(_dir, "a.nt"), Triples);
        File.WriteAllText(Path.Combine(_dir, "b.nq"), "<http://example.org/x> <http://example.org/p> <http://example.org/y> <http://example.org/g> .\n");
        var (code, _, err) = VfProcess.Run(_dir, null, "import", "a.nt", "b.nq", "--data", "store");
        Assert.True(code == 0, err);
        Assert.Contains("imported 4 quads", err, StringComparison.Ordinal);
        Assert.Contains("transaction 1", err, StringComparison.Ordinal);

        (code, _, err) = VfProcess.Run(_dir, null, "export", "out.nq", "--data", "store");
        Assert.True(code == 0, err);
        var expected = Read(Path.Combine(_dir, "a.nt"), "ntriples").Concat(Read(Path.Combine(_dir, "b.nq"), "nquads"));
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, Read(Path.Combine(_dir, "out.nq"), "nquads")));
    }

    [Fact]
    public void Import_IntoGraph_ExportOfThatGraphIsTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "a.nt"), Triples);
        var (code, _, err) = VfProcess.Run(_dir, null, "import", "a.nt", "--graph", "http://example.org/peer", "--data", "store");
        Assert.True(code == 0, err);
        (code, var stdout, err) = VfProcess.Run(_dir, null, "export", "--graph", "http://example.org/peer", "--data", "store");
        Assert.True(code == 0, err);
        File.WriteAllText(Path.Combine(_dir, "out.nt"), stdout);
        Assert.True(GraphIsomorphism.AreIsomorphic(Read(Path.Combine(_dir, "a.nt"), "ntriples"), Read(Path.Combine(_dir, "out.nt"), "ntriples")));
        (code, _, err) = VfProcess.Run(_dir, null, "export", "all.nt", "--data", "store");
        Assert.Equal(2, code);
        Assert.Contains("--graph", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SyntaxErrorInSecondFile_StoresNothing()
    {
        File.WriteAllText(Path.Combine(_dir, "a.nt"), Triples);
        File.WriteAllText(Path.Combine(_dir, "bad.nt"), "<http://example.org/s> <http://example.org/p> .\n");
        var (code, _, err) = VfProcess.Run(_dir, null, "import", "a.nt", "bad.nt", "--data", "store");
        Assert.Equal(1, code);
        Assert.Contains("line 1", err, StringComparison.Ordinal);
        (code, var stdout, err) = VfProcess.Run(_dir, null, "export", "--data", "store");
        Assert.True(code == 0, err);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void Export_MissingDataDirectory_IsAUsageError()
    {
        var (code, _, err) = VfProcess.Run(_dir, null, "export", "--data", "nowhere");
        Assert.Equal(2, code);
        Assert.Contains("nowhere", err, StringComparison.Ordinal);
    }

    private static List<Quad> Read(string path, string format)
    {
        using var stream = File.OpenRead(path);
        using var reader = RdfFormats.BuiltIn.First(f => f.Name == format).CreateReader(stream);
        return [.. reader.ReadAll()];
    }
}
