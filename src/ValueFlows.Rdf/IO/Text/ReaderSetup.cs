namespace ValueFlows.Rdf;

/// <summary>What a text parser is built from: the input, the options, the reader's declaration callbacks, the buffer size.</summary>
internal readonly record struct ReaderSetup(
    Stream Input,
    RdfReaderOptions Options,
    Action<string, string> PrefixDeclared,
    Action<string> BaseDeclared,
    int BufferSize = Utf8Input.DefaultBufferSize);
