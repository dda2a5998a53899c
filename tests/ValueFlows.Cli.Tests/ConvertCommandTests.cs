using ValueFlows.Rdf;

namespace ValueFlows.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Convert_MalformedTurtle_ExitsNonZeroWithLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d \"unterminated .\n");
        var (code, _, err) = VfProcess.Run(_dir, null, "convert", "bad.ttl", "out.nt");
        Assert.Equal(1, code);
        Assert.Matches(@"line 3\b", err);
        Assert.Contains("column", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "out.nt")), "a failed conversion must not leave an output file");
    }

    [Fact]
    public void Convert_SampleTurtleToNTriples_IsIsomorphicWithTheInput()
    {
        var sample = Path.Combine(SamplesFolder(), "bakery-crew.ttl");
        var (code, _, err) = VfProcess.Run(_dir, null, "convert", sample, "out.nt", "--base", "http://localhost:8080/");
        Assert.True(code == 0, err);
        var original = Read(sample, RdfFormats.BuiltIn.First(f => f.Name == "turtle"));
        var converted = Read(Path.Combine(_dir, "out.nt"), RdfFormats.BuiltIn.First(f => f.Name == "ntriples"));
        Assert.True(original.Count > 50);
        Assert.True(GraphIsomorphism.AreIsomorphic(original, converted));
    }

    [Fact]
    public void Convert_StdinToStdout_UsesNamedFormats()
    {
        var (code, stdout, err) = VfProcess.Run(
            _dir, "<http://example.org/s> <http://example.org/p> \"o\" .\n", "convert", "-", "-", "--from", "nt", "--to", "nquads");
        Assert.True(code == 0, err);
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"o\" .\n", stdout);
    }

    [Fact]
    public void Convert_TurtleToJsonLdAndBack_IsIsomorphic()
    {
        var sample = Path.Combine(SamplesFolder(), "bakery-crew.ttl");
        var toJson = VfProcess.Run(_dir, null, "convert", sample, "crew.jsonld", "--base", "http://localhost:8080/");
        Assert.True(toJson.ExitCode == 0, toJson.StdErr);
        var back = VfProcess.Run(_dir, null, "convert", "crew.jsonld", "crew.nq");
        Assert.True(back.ExitCode == 0, back.StdErr);
        var original = Read(sample, RdfFormats.Turtle);
        var roundTripped = Read(Path.Combine(_dir, "crew.nq"), RdfFormats.NQuads);
        Assert.True(GraphIsomorphism.AreIsomorphic(original, roundTripped));
    }

    [Fact]
    public void Convert_UnknownExtension_IsAUsageError()
    {
        File.WriteAllText(Path.Combine(_dir, "data.xyz"), "");
        var (code, _, err) = VfProcess.Run(_dir, null, "convert", "data.xyz", "out.nt");
        Assert.Equal(2, code);
        Assert.Contains("--from", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_NamedGraphsToNTriples_IsRefusedNotDropped()
    {
        File.WriteAllText(Path.Combine(_dir, "g.nq"), "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n");
        var (code, _, err) = VfProcess.Run(_dir, null, "convert", "g.nq", "out.nt");
        Assert.Equal(1, code);
        Assert.Contains("named graph", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "out.nt")));
    }

    private static Dataset Read(string path, RdfFormat format)
    {
        using var stream = File.OpenRead(path);
        using var reader = format.CreateReader(stream, RdfReaderOptions.Default.WithBaseIri("http://localhost:8080/"));
        return new Dataset(reader.ReadAll());
    }

    private static string SamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "data")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("samples/data"), "samples", "data");
    }
}
