namespace ValueFlows.Rdf;

/// <summary>A sink over a <see cref="TextWriter"/>.</summary>
internal readonly struct TextWriterSink(TextWriter writer) : ITextSink
{
    public void Write(char ascii) => writer.Write(ascii);

    public void Write(ReadOnlySpan<char> text) => writer.Write(text);
}
