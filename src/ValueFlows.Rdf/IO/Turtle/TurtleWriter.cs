namespace ValueFlows.Rdf;

/// <summary>
/// Writes Turtle (RDF 1.2 Turtle): <c>@prefix</c> and <c>@base</c> directives, prefixed names, subjects grouped with
/// <c>;</c> and <c>,</c>, <c>a</c>, bare numbers and booleans, long strings. With <see cref="RdfWriterOptions.Pretty"/>
/// the graph is buffered until <see cref="RdfWriter.Finish"/> so that blank nodes and lists can be nested; otherwise it
/// streams. A quad outside the default graph is refused.
/// </summary>
public sealed class TurtleWriter : RdfWriter
{
    private readonly TurtleSerializer _serializer;
    private bool _finished;

    /// <summary>A writer to <paramref name="output"/>, declaring the base and prefixes of <paramref name="options"/>.</summary>
    public TurtleWriter(Stream output, RdfWriterOptions options) => _serializer = new TurtleSerializer(output, options);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The prefix is not a PN_PREFIX or the namespace is not an absolute IRI.</exception>
    public override void WritePrefix(string prefix, string namespaceIri)
    {
        ThrowIfFinished();
        _serializer.DeclarePrefix(prefix, namespaceIri);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The base is not an absolute IRI.</exception>
    public override void WriteBase(string baseIri)
    {
        ThrowIfFinished();
        _serializer.DeclareBase(baseIri);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The quad is in a named graph.</exception>
    public override void Write(in Quad quad)
    {
        ThrowIfFinished();
        RequireDefaultGraph(quad, "Turtle");
        _serializer.Add(quad);
    }

    /// <inheritdoc />
    protected override void FinishDocument()
    {
        _finished = true;
        _serializer.Finish();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _serializer.Dispose();
        }
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The Turtle document is finished.");
        }
    }
}
