namespace ValueFlows.Rdf;

/// <summary>
/// Reads TriG (RDF 1.1) from a stream, one statement at a time in bounded memory. Relative IRIs resolve against the
/// base IRI (options, then @base); prefixes and base are reported as they are declared. Blank node
/// labels are renamed with the options' prefix (or a fresh one) so two documents never share blank nodes.
/// </summary>
public sealed class TriGReader : RdfReader
{
    private readonly TurtleParser _parser;
    private bool _disposed;

    /// <summary>Creates a reader over <paramref name="input"/>, which it does not own.</summary>
    public TriGReader(Stream input, RdfReaderOptions options)
        : this(input, options, Utf8Input.DefaultBufferSize)
    {
    }

    /// <summary>Creates a reader with another buffer size (tests use tiny ones to cross buffer boundaries everywhere).</summary>
    internal TriGReader(Stream input, RdfReaderOptions options, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(options);
        _parser = new TurtleParser(new ReaderSetup(input, options, DeclarePrefix, DeclareBase, bufferSize), trig: true);
        BaseIri = options.BaseIri;
    }

    /// <inheritdoc />
    public override bool TryRead(out Quad quad)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _parser.TryRead(out quad);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _parser.Dispose();
        }

        base.Dispose(disposing);
    }
}
