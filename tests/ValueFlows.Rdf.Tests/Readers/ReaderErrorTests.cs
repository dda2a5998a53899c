using System.Text;

namespace ValueFlows.Rdf.Tests;

/// <summary>Syntax errors carry a message a person understands and the exact 0-based line, column (code points) and offset.</summary>
public class ReaderErrorTests
{
    [Fact]
    public void TurtleReader_UndefinedPrefixOnLine4_ReportsLineAndColumn()
    {
        const string text = "@prefix ex: <http://example.org/> .\nex:é ex:p \"ü\" ;\n  ex:q ex:r ,\n  foaf:x .\n";

        var error = TestReaders.Error("ttl", text);

        Assert.Equal(new TextPosition(3, 2, 70), error.Location.Start);
        Assert.Equal(new TextPosition(3, 8, 76), error.Location.End);
        Assert.Equal(4, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal("Syntax error at line 4 between columns 3 and 9 (offset 70): undefined prefix 'foaf:'", error.Message);
    }

    [Fact]
    public void NTriplesReader_MultiByteCharactersBeforeTheFault_CountsColumnsInCodePoints()
    {
        var error = TestReaders.Error("nt", "<http://ex/ä> <http://ex/p> <http://ex/o> ;\n");

        Assert.Equal(new TextPosition(0, 42, 43), error.Location.Start);
        Assert.Equal("expected '.' after the object, found ';'", error.Detail);
    }

    [Fact]
    public void NTriplesReader_CrLfLineEnds_CountOneLineEach()
    {
        var error = TestReaders.Error("nt", "<http://ex/s> <http://ex/p> <http://ex/o> .\r\n<http://ex/s> <http://ex/p> <o> .\r\n");

        Assert.Equal(new TextPosition(1, 28, 73), error.Location.Start);
        Assert.Equal("the IRI <o> is relative; only absolute IRIs are allowed here", error.Detail);
    }

    [Fact]
    public void NTriplesReader_CarriageReturnAlone_EndsALine()
    {
        var error = TestReaders.Error("nt", "<http://ex/s> <http://ex/p> <http://ex/o> .\r<bad");

        Assert.Equal(new TextPosition(1, 0, 44), error.Location.Start);
        Assert.Equal("the IRI is not closed with '>'", error.Detail);
    }

    [Fact]
    public void NTriplesReader_StatementAcrossLines_IsRejected()
    {
        var error = TestReaders.Error("nt", "<http://ex/s> <http://ex/p>\n<http://ex/o> .\n");

        Assert.Equal(new TextPosition(1, 0, 28), error.Location.Start);
        Assert.Equal("a statement must be on one line; found '<http://ex/o>' on the next line", error.Detail);
    }

    [Fact]
    public void NTriplesReader_InvalidUtf8_PointsAtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://ex/s> <http://ex/p> \"a_(b\" .\n");
        bytes[30] = 0xC3;

        var error = TestReaders.Error("nt", bytes);

        Assert.Equal(new TextPosition(0, 30, 30), error.Location.Start);
        Assert.Equal("the byte 0xC3 is not valid UTF-8 here", error.Detail);
    }

    [Fact]
    public void TurtleReader_FaultAfterAMultiLineString_IsOnTheLaterLine()
    {
        const string text = "@prefix ex: <http://example.org/> .\nex:s ex:p \"\"\"line one\nline two é\nline three\"\"\" ; ex:q \"x\" ex:r .\n";

        var error = TestReaders.Error("ttl", text);

        Assert.Equal(new TextPosition(3, 25, 95), error.Location.Start);
        Assert.Equal("expected '.' at the end of the triples, found 'ex:r'", error.Detail);
    }

    [Fact]
    public void TurtleReader_BadEscapeOnTheSecondLineOfALongString_PointsAtTheEscape()
    {
        const string text = "@prefix ex: <http://example.org/> .\nex:s ex:p \"\"\"ok\nbad \\q here\"\"\" .\n";

        var error = TestReaders.Error("ttl", text);

        Assert.Equal(new TextPosition(2, 4, 56), error.Location.Start);
        Assert.Equal(new TextPosition(2, 6, 58), error.Location.End);
        Assert.StartsWith("invalid escape sequence '\\q'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TurtleReader_UnclosedLongString_PointsAtItsStart()
    {
        var error = TestReaders.Error("ttl", "@prefix ex: <http://example.org/> .\nex:s ex:p '''never\nclosed\n");

        Assert.Equal(new TextPosition(1, 10, 46), error.Location.Start);
        Assert.Equal("the long string is not closed", error.Detail);
    }

    [Fact]
    public void TurtleReader_RelativeIriWithoutBase_SaysThereIsNoBase()
    {
        var error = Assert.Throws<RdfSyntaxException>(
            () => TestReaders.ReadAll("ttl", "<s> <http://ex/p> <http://ex/o> .", RdfReaderOptions.Default));

        Assert.Equal("the relative IRI <s> cannot be resolved: there is no base IRI", error.Detail);
        Assert.Equal(new TextPosition(0, 0, 0), error.Location.Start);
    }

    [Fact]
    public void TurtleReader_InvalidIri_SaysWhy()
    {
        var error = TestReaders.Error("ttl", "<http://ex/s> <http://ex/p> <http://ex/a\\u0020b> .");

        Assert.Equal("invalid IRI <http://ex/a b>: the code point U+0020 is not allowed in an IRI", error.Detail);
        Assert.Equal(new TextPosition(0, 28, 28), error.Location.Start);
    }

    [Fact]
    public void TurtleReader_MissingDotAtTheEnd_SaysWhatWasExpected()
    {
        var error = TestReaders.Error("ttl", "<http://ex/s> <http://ex/p> <http://ex/o>");

        Assert.Equal("expected '.' at the end of the triples, found the end of the input", error.Detail);
        Assert.Equal(new TextPosition(0, 41, 41), error.Location.Start);
    }

    [Fact]
    public void TriGReader_GraphNotClosed_SaysSo()
    {
        var error = TestReaders.Error("trig", "<http://ex/g> {\n  <http://ex/s> <http://ex/p> <http://ex/o> .\n");

        Assert.Equal("expected '}' to close the graph, found the end of the input", error.Detail);
        Assert.Equal(new TextPosition(2, 0, 62), error.Location.Start);
    }

    [Fact]
    public void TurtleReader_UnknownCharacter_IsNamed()
    {
        var error = TestReaders.Error("ttl", "<http://ex/s> <http://ex/p> ?x .");

        Assert.Equal("unexpected '?'", error.Detail);
        Assert.Equal(new TextPosition(0, 28, 28), error.Location.Start);
    }

    [Fact]
    public void TurtleReader_ErrorAfterManyStatements_KeepsCountingLines()
    {
        var text = new StringBuilder("@prefix ex: <http://example.org/> .\n");
        for (int i = 0; i < 5000; i++)
        {
            text.Append("ex:s").Append(i).Append(" ex:p \"é").Append(i).Append("\" .\n");
        }

        text.Append("ex:s ex:p ex:o ex:o .\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        var error = Assert.Throws<RdfSyntaxException>(() => TestReaders.ReadAll("ttl", new ChunkedStream(bytes, 100_000), bufferSize: 1024));

        Assert.Equal(5001, error.Location.Start.Line);
        Assert.Equal(15, error.Location.Start.Column);
        Assert.Equal(bytes.Length - 7, error.Location.Start.Offset);
    }

    [Theory]
    [InlineData("[ <http://ex/p> ", " ]")]
    [InlineData("( ", " )")]
    public void TurtleReader_NestingDeeperThanTheStack_FailsWithASyntaxError(string open, string close)
    {
        const int Depth = 200_000;
        var text = new StringBuilder("<http://ex/s> <http://ex/p> ");
        text.Insert(text.Length, open, Depth).Append("<http://ex/o>").Insert(text.Length, close, Depth).Append(" .");

        var error = TestReaders.Error("ttl", text.ToString());

        Assert.Equal("lists or blank nodes are nested too deeply", error.Detail);
    }

    [Fact]
    public void TurtleReader_ByteOrderMark_IsSkippedAndNotCounted()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF<http://ex/s> <http://ex/p> ?x .");
        Assert.Equal(0xEF, bytes[0]);

        var error = TestReaders.Error("ttl", bytes);

        Assert.Equal(new TextPosition(0, 28, 31), error.Location.Start);
        Assert.Single(TestReaders.ReadAll("nt", new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF<http://ex/s> <http://ex/p> <http://ex/o> .\n"))));
    }
}
