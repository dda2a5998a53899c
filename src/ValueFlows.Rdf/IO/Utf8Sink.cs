namespace ValueFlows.Rdf;

/// <summary>A sink over a <see cref="Utf8Output"/>.</summary>
internal readonly struct Utf8Sink(Utf8Output output) : ITextSink
{
    public void Write(char ascii) => output.Write(ascii);

    public void Write(ReadOnlySpan<char> text) => output.Write(text);
}
