namespace ValueFlows.Rdf;

/// <summary>
/// Writes canonical N-Triples (RDF 1.2 N-Triples, "Canonical N-Triples"): one triple per line, streamed through a large
/// UTF-8 buffer. A quad outside the default graph is refused. Prefixes and base are ignored, as N-Triples has none.
/// </summary>
public sealed class NTriplesWriter : RdfWriter
{
    private readonly Utf8Output _output;
    private bool _finished;

    /// <summary>A writer to <paramref name="output"/>; <paramref name="options"/> has nothing N-Triples uses.</summary>
    public NTriplesWriter(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _output = new Utf8Output(output);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The quad is in a named graph.</exception>
    public override void Write(in Quad quad)
    {
        ThrowIfFinished();
        RequireDefaultGraph(quad, "N-Triples");
        NTriplesFormatter.WriteStatement(_output, quad);
    }

    /// <inheritdoc />
    protected override void FinishDocument()
    {
        _finished = true;
        _output.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _output.Dispose();
        }
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The N-Triples document is finished.");
        }
    }
}
