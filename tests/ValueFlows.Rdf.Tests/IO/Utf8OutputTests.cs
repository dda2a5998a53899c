using System.Text;

namespace ValueFlows.Rdf.Tests.IO;

public class Utf8OutputTests
{
    [Theory]
    [InlineData(65_533)]
    [InlineData(65_534)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    public void Write_SurrogatePairAcrossBufferEnd_EncodedWhole(int asciiBefore)
    {
        using var stream = new MemoryStream();
        using (var output = new Utf8Output(stream))
        {
            output.Write(new string('a', asciiBefore));
            output.Write("😀é");
            output.Flush();
        }

        var expected = Encoding.UTF8.GetBytes(new string('a', asciiBefore) + "😀é");
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void Write_TextLongerThanBuffer_EncodedWhole()
    {
        var text = string.Concat(Enumerable.Repeat("€😀x", 50_000));
        using var stream = new MemoryStream();
        using (var output = new Utf8Output(stream))
        {
            output.Write('<');
            output.Write(text);
            output.Write(">"u8);
            output.Flush();
        }

        Assert.Equal(Encoding.UTF8.GetBytes("<" + text + ">"), stream.ToArray());
    }

    [Fact]
    public void Write_UnpairedSurrogate_ReplacementCharacter()
    {
        using var stream = new MemoryStream();
        using (var output = new Utf8Output(stream))
        {
            output.Write("a\uD800b");
            output.Flush();
        }

        Assert.Equal("a\uFFFDb", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Write_AfterDispose_Throws()
    {
        using var stream = new MemoryStream();
        var output = new Utf8Output(stream);
        output.Dispose();
        Assert.Throws<ObjectDisposedException>(() => output.Write("x"));
        Assert.Throws<ObjectDisposedException>(() => output.Write('x'));
    }
}
