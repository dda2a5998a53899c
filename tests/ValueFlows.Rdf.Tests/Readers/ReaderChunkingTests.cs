using System.Text;

namespace ValueFlows.Rdf.Tests;

/// <summary>
/// A reader fed its input in two chunks split at every offset, or one byte per read, or through a tiny buffer, gives
/// the same quads as from the whole input — and, for malformed input, the same error at the same position.
/// </summary>
public class ReaderChunkingTests
{
    // 16 bytes is the smallest pooled buffer: almost every token crosses a refill and many need the buffer to grow.
    private const int TinyBuffer = 16;

    [Theory]
    [MemberData(nameof(ReaderSamples.Valid), MemberType = typeof(ReaderSamples))]
    public void TryRead_InputSplitAtEveryOffset_GivesTheSameQuads(string format, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = TestReaders.ReadAll(format, new MemoryStream(bytes));
        Assert.NotEmpty(expected);

        for (int split = 0; split <= bytes.Length; split++)
        {
            var actual = TestReaders.ReadAll(format, new ChunkedStream(bytes, split));
            Assert.True(expected.SequenceEqual(actual), $"{format}: split at byte {split} gives other quads.");
        }
    }

    [Theory]
    [MemberData(nameof(ReaderSamples.Valid), MemberType = typeof(ReaderSamples))]
    public void TryRead_TinyBufferSplitAtEveryOffset_GivesTheSameQuads(string format, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = TestReaders.ReadAll(format, new MemoryStream(bytes));

        for (int split = 0; split <= bytes.Length; split++)
        {
            var actual = TestReaders.ReadAll(format, new ChunkedStream(bytes, split), bufferSize: TinyBuffer);
            Assert.True(expected.SequenceEqual(actual), $"{format}: split at byte {split} with a tiny buffer gives other quads.");
        }
    }

    [Theory]
    [MemberData(nameof(ReaderSamples.Valid), MemberType = typeof(ReaderSamples))]
    public void TryRead_OneByteReads_GivesTheSameQuads(string format, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = TestReaders.ReadAll(format, new MemoryStream(bytes));

        Assert.Equal(expected, TestReaders.ReadAll(format, new ChunkedStream(bytes, 0, oneByteReads: true)));
        Assert.Equal(expected, TestReaders.ReadAll(format, new ChunkedStream(bytes, 0, oneByteReads: true), bufferSize: TinyBuffer));
    }

    [Theory]
    [MemberData(nameof(ReaderSamples.Malformed), MemberType = typeof(ReaderSamples))]
    public void TryRead_MalformedInputSplitAtEveryOffset_FailsAtTheSamePosition(string format, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = Assert.Throws<RdfSyntaxException>(() => TestReaders.ReadAll(format, new MemoryStream(bytes)));

        for (int split = 0; split <= bytes.Length; split++)
        {
            foreach (int bufferSize in new[] { 65536, TinyBuffer })
            {
                var error = Assert.Throws<RdfSyntaxException>(
                    () => TestReaders.ReadAll(format, new ChunkedStream(bytes, split), bufferSize: bufferSize));
                Assert.True(
                    expected.Location == error.Location && expected.Detail == error.Detail,
                    $"{format}: split at byte {split}, buffer {bufferSize}: '{error.Message}' instead of '{expected.Message}'.");
            }
        }

        var oneByte = Assert.Throws<RdfSyntaxException>(
            () => TestReaders.ReadAll(format, new ChunkedStream(bytes, 0, oneByteReads: true), bufferSize: TinyBuffer));
        Assert.Equal(expected.Location, oneByte.Location);
    }

    [Fact]
    public void TryRead_TokenLargerThanTheBuffer_GrowsAndReadsIt()
    {
        string big = string.Concat(Enumerable.Repeat("0123456789abcdé😀", 20000));
        string text = $"<http://example.org/s> <http://example.org/p> \"{big}\" .\n<http://example.org/s> <http://example.org/p> \"small\" .\n";

        var quads = TestReaders.ReadAll("nt", new ChunkedStream(Encoding.UTF8.GetBytes(text), 70000), bufferSize: 4096);

        Assert.Equal(2, quads.Count);
        Assert.Equal(big, ((Literal)quads[0].Object).Value);
        Assert.Equal("small", ((Literal)quads[1].Object).Value);
    }
}
