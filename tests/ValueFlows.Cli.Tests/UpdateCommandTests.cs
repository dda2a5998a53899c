namespace ValueFlows.Cli.Tests;

public sealed class UpdateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vf-cli-update-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int ExitCode, string StdOut, string StdErr) Vf(params string[] args) => VfProcess.Run(_dir, null, [.. args, "--data", "store"]);

    [Fact]
    public void Update_SeveralOperations_PrintsChangesPerOperationAndInTotal()
    {
        var (code, stdout, err) = Vf("update", "PREFIX : <http://example.org/> INSERT DATA { :a :p 1, 2 . GRAPH :g { :a :p 3 } } ; DELETE WHERE { :a :p 2 }");
        Assert.True(code == 0, err);
        Assert.Contains("INSERT DATA: +3 -0", stdout, StringComparison.Ordinal);
        Assert.Contains("DELETE WHERE: +0 -1", stdout, StringComparison.Ordinal);
        Assert.Contains("total: +3 -1 quads in 2 operations, as transaction 1", stdout, StringComparison.Ordinal);

        (code, stdout, err) = VfProcess.Run(_dir, null, "export", "--data", "store");
        Assert.True(code == 0, err);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Update_FromFile_Runs()
    {
        File.WriteAllText(Path.Combine(_dir, "u.ru"), "INSERT DATA { <http://example.org/a> <http://example.org/p> \"x\" }\n");
        var (code, stdout, err) = Vf("update", "--file", "u.ru");
        Assert.True(code == 0, err);
        Assert.Contains("total: +1 -0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_BadText_ExitsOneWithLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.ru"), "INSERT DATA {\n  <http://example.org/a> <http://example.org/p> }\n");
        var (code, _, err) = Vf("update", "--file", "bad.ru");
        Assert.Equal(1, code);
        Assert.Contains("bad.ru:2:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_FailingOperation_ChangesNothing()
    {
        var (code, _, err) = Vf("update", "INSERT DATA { <http://example.org/a> <http://example.org/p> 1 }");
        Assert.True(code == 0, err);
        (code, _, err) = Vf("update", "DELETE DATA { <http://example.org/a> <http://example.org/p> 1 } ; CREATE GRAPH <http://example.org/g> ; INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/b> <http://example.org/p> 2 } } ; CREATE GRAPH <http://example.org/g>");
        Assert.Equal(1, code);
        Assert.Contains("<http://example.org/g>", err, StringComparison.Ordinal);
        (code, _, err) = Vf("update", "INSERT DATA { <http://example.org/c> <http://example.org/p> 3 } ; LOAD <http://example.org/remote.ttl>");
        Assert.Equal(1, code);
        Assert.Contains("LOAD <http://example.org/remote.ttl> refused", err, StringComparison.Ordinal);

        (code, var stdout, err) = VfProcess.Run(_dir, null, "export", "--data", "store");
        Assert.True(code == 0, err);
        Assert.Equal("<http://example.org/a> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .", stdout.Trim());
    }

    [Fact]
    public void Update_LoadUnderImportDir_LoadsTheFile()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllText(Path.Combine(_dir, "in", "d.nt"), "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n");
        var iri = new Uri(Path.Combine(_dir, "in", "d.nt")).AbsoluteUri;
        var (code, stdout, err) = Vf("update", $"LOAD <{iri}> INTO GRAPH <http://example.org/g>", "--import-dir", "in");
        Assert.True(code == 0, err);
        Assert.Contains("LOAD: +1 -0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_TextAndFileTogether_IsAUsageError()
    {
        var (code, _, err) = Vf("update", "CLEAR ALL", "--file", "u.ru");
        Assert.Equal(2, code);
        Assert.Contains("--file", err, StringComparison.Ordinal);
    }
}
