using ValueFlows.Rdf;

namespace ValueFlows.Cli.Tests;

public sealed class QueryCommandTests : IDisposable
{
    private const string Data =
        "@prefix ex: <http://example.org/> .\n" +
        "ex:a ex:name \"Alice\" ; ex:age 42 ; ex:knows ex:b .\n" +
        "ex:b ex:name \"Bob\"@en .\n";

    private const string Quads = "<http://example.org/c> <http://example.org/name> \"Carol\" <http://example.org/peer> .\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-query-").FullName;

    public QueryCommandTests()
    {
        File.WriteAllText(Path.Combine(_dir, "d.ttl"), Data);
        File.WriteAllText(Path.Combine(_dir, "g.nq"), Quads);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Query_OverFiles_PrintsAnAlignedTableWithPrefixedNames()
    {
        var (code, stdout, stderr) = VfProcess.Run(
            _dir, null, "query", "PREFIX ex: <http://example.org/> SELECT ?s ?age WHERE { ?s ex:age ?age }", "d.ttl");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("| ?s   | ?age |", lines[1]);
        Assert.Equal("| ex:a | 42   |", lines[3]);
        Assert.Equal("1 row", lines[^1]);
        Assert.All(lines[..^1], l => Assert.Equal(lines[0].Length, l.Length));
    }

    [Fact]
    public void Query_Ask_PrintsTrueOrFalse()
    {
        var (code, stdout, _) = VfProcess.Run(_dir, null, "query", "ASK { <http://example.org/a> <http://example.org/knows> ?x }", "d.ttl");
        Assert.Equal(0, code);
        Assert.Equal("true\n", stdout);
        (code, stdout, _) = VfProcess.Run(_dir, null, "query", "ASK { <http://example.org/b> <http://example.org/knows> ?x }", "d.ttl");
        Assert.Equal(0, code);
        Assert.Equal("false\n", stdout);
    }

    [Theory]
    [InlineData("csv", "s\r\nhttp://example.org/a\r\n")]
    [InlineData("tsv", "?s\n<http://example.org/a>\n")]
    public void Query_Format_WritesThatResultsFormat(string format, string expected)
    {
        var (code, stdout, stderr) = VfProcess.Run(
            _dir, null, "query", "--format", format, "SELECT ?s WHERE { ?s <http://example.org/age> ?o }", "d.ttl");
        Assert.True(code == 0, stderr);
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public void Query_Construct_DefaultsToTurtleAndTakesAnRdfFormat()
    {
        const string construct = "PREFIX ex: <http://example.org/> CONSTRUCT { ?s ex:label ?n } WHERE { ?s ex:name ?n }";
        var (code, turtle, stderr) = VfProcess.Run(_dir, null, "query", construct, "d.ttl");
        Assert.True(code == 0, stderr);
        Assert.Contains("@prefix ex: <http://example.org/>", turtle, StringComparison.Ordinal);
        (code, var nt, stderr) = VfProcess.Run(_dir, null, "query", "--format", "nt", construct, "d.ttl");
        Assert.True(code == 0, stderr);
        var expected = Read(turtle, "turtle");
        Assert.Equal(2, expected.Count);
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, Read(nt, "ntriples")));
    }

    [Fact]
    public void Query_FromFile_ReadsTheQueryFile()
    {
        File.WriteAllText(Path.Combine(_dir, "q.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        var (code, stdout, stderr) = VfProcess.Run(_dir, null, "query", "--file", "q.rq", "--format", "csv", "d.ttl");
        Assert.True(code == 0, stderr);
        Assert.Equal("n\r\n4\r\n", stdout);
    }

    [Fact]
    public void Query_Malformed_ExitsOneWithLineAndColumn()
    {
        var (code, stdout, stderr) = VfProcess.Run(_dir, null, "query", "SELECT *\nWHERE { ?s ?p }", "d.ttl");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
        Assert.Contains("column 15", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Service_ExitsOneWithTheEvaluationError()
    {
        var (code, stdout, stderr) = VfProcess.Run(_dir, null, "query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "d.ttl");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("SERVICE", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_UnionDefaultGraph_SeesNamedGraphs()
    {
        const string count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/name> ?o }";
        var (code, stdout, stderr) = VfProcess.Run(_dir, null, "query", "--format", "csv", count, "d.ttl", "g.nq");
        Assert.True(code == 0, stderr);
        Assert.Equal("n\r\n2\r\n", stdout);
        (code, stdout, stderr) = VfProcess.Run(_dir, null, "query", "--union-default-graph", "--format", "csv", count, "d.ttl", "g.nq");
        Assert.True(code == 0, stderr);
        Assert.Equal("n\r\n3\r\n", stdout);
    }

    [Fact]
    public void Query_OverTheStore_ReadsWhatImportWrote()
    {
        var (code, _, stderr) = VfProcess.Run(_dir, null, "import", "d.ttl", "--data", "store");
        Assert.True(code == 0, stderr);
        (code, var stdout, stderr) = VfProcess.Run(_dir, null, "query", "--data", "store", "--format", "csv", "SELECT ?n WHERE { <http://example.org/a> <http://example.org/name> ?n }");
        Assert.True(code == 0, stderr);
        Assert.Equal("n\r\nAlice\r\n", stdout);
    }

    [Fact]
    public void Query_ResultsFormatForConstruct_IsAUsageError()
    {
        var (code, _, stderr) = VfProcess.Run(_dir, null, "query", "--format", "csv", "CONSTRUCT WHERE { ?s ?p ?o }", "d.ttl");
        Assert.Equal(2, code);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
    }

    private static List<Quad> Read(string text, string format)
    {
        Assert.True(RdfFormatRegistry.Default.TryGetByName(format, out var rdf));
        using var reader = rdf.CreateReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), RdfReaderOptions.Default);
        return [.. reader.ReadAll()];
    }
}
