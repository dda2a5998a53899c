namespace ValueFlows.Rdf;

/// <summary>
/// Writes canonical N-Quads (RDF 1.2 N-Quads): one statement per line, canonical N-Triples terms, streamed through a
/// large UTF-8 buffer. Prefixes and base are ignored, as N-Quads has none.
/// </summary>
public sealed class NQuadsWriter : RdfWriter
{
    private readonly Utf8Output _output;
    private bool _finished;

    /// <summary>A writer to <paramref name="output"/>; <paramref name="options"/> has nothing N-Quads uses.</summary>
    public NQuadsWriter(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _output = new Utf8Output(output);
    }

    /// <inheritdoc />
    public override void Write(in Quad quad)
    {
        ThrowIfFinished();
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
            throw new InvalidOperationException("The N-Quads document is finished.");
        }
    }
}
