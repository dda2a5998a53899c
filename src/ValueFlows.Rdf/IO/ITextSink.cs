namespace ValueFlows.Rdf;

/// <summary>
/// Where formatters put text: a <see cref="TextWriter"/> for <c>ToString()</c>, UTF-8 bytes for the writers. Sinks are
/// structs so that each formatter method is compiled once per sink, with the calls inlined.
/// </summary>
internal interface ITextSink
{
    /// <summary>Writes one ASCII character.</summary>
    void Write(char ascii);

    /// <summary>Writes text.</summary>
    void Write(ReadOnlySpan<char> text);
}
