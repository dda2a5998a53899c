namespace ValueFlows.Rdf;

/// <summary>
/// Reads N-Triples (RDF 1.1) from a stream, one triple at a time in bounded memory. IRIs must be absolute; blank node
/// labels are renamed with the options' prefix (or a fresh one) so two documents never share blank nodes.
/// </summary>
public sealed class NTriplesReader : RdfReader
{
    private readonly NTriplesParser _parser;
    private bool _disposed;

    /// <summary>Creates a reader over <paramref name="input"/>, which it does not own.</summary>
    public NTriplesReader(Stream input, RdfReaderOptions options)
        : this(input, options, Utf8Input.DefaultBufferSize)
    {
    }

    /// <summary>Creates a reader with another buffer size (tests use tiny ones to cross buffer boundaries everywhere).</summary>
    internal NTriplesReader(Stream input, RdfReaderOptions options, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(options);
        _parser = new NTriplesParser(new ReaderSetup(input, options, DeclarePrefix, DeclareBase, bufferSize), quads: false);
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
