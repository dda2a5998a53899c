using System.Text;

namespace ValueFlows.Rdf.Tests;

/// <summary>Opens the four text readers by format name, with a chosen buffer size, and reads whole documents.</summary>
internal static class TestReaders
{
    public static readonly RdfReaderOptions Options =
        RdfReaderOptions.Default.WithBaseIri("http://example.org/base/doc").WithBlankNodePrefix("t");

    public static RdfReader Open(string format, Stream input, RdfReaderOptions? options = null, int bufferSize = 65536)
    {
        options ??= Options;
        return format switch
        {
            "nt" => new NTriplesReader(input, options, bufferSize),
            "nq" => new NQuadsReader(input, options, bufferSize),
            "ttl" => new TurtleReader(input, options, bufferSize),
            "trig" => new TriGReader(input, options, bufferSize),
            _ => throw new ArgumentException("unknown format " + format, nameof(format)),
        };
    }

    public static List<Quad> ReadAll(string format, Stream input, RdfReaderOptions? options = null, int bufferSize = 65536)
    {
        using var reader = Open(format, input, options, bufferSize);
        return [.. reader.ReadAll()];
    }

    public static List<Quad> ReadAll(string format, string text, RdfReaderOptions? options = null) =>
        ReadAll(format, new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

    public static RdfSyntaxException Error(string format, string text) =>
        Assert.Throws<RdfSyntaxException>(() => ReadAll(format, text));

    public static RdfSyntaxException Error(string format, byte[] bytes) =>
        Assert.Throws<RdfSyntaxException>(() => ReadAll(format, new MemoryStream(bytes)));
}
