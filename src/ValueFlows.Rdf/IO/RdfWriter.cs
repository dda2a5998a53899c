namespace ValueFlows.Rdf;

/// <summary>
/// A writer of one RDF document. Call <see cref="Finish"/> (or dispose) to complete the document; a writer does not own
/// its stream. Formats without named graphs refuse a quad outside the default graph rather than drop its graph.
/// </summary>
public abstract class RdfWriter : IDisposable
{
    private bool _finished;

    /// <summary>Declares a prefix; formats without prefixes ignore it. Call before the quads that should use it.</summary>
    public virtual void WritePrefix(string prefix, string namespaceIri)
    {
    }

    /// <summary>Declares a base IRI; formats without one ignore it.</summary>
    public virtual void WriteBase(string baseIri)
    {
    }

    /// <summary>Writes one quad.</summary>
    public abstract void Write(in Quad quad);

    /// <summary>Writes one triple in the default graph.</summary>
    public void Write(in Triple triple) => Write(triple.InGraph(null));

    /// <summary>Writes every quad of a sequence.</summary>
    public void WriteAll(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var q in quads)
        {
            Write(q);
        }
    }

    /// <summary>Completes the document (closing elements, buffered output) and flushes; idempotent.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        FinishDocument();
    }

    /// <summary>Writes what the document still needs at its end and flushes.</summary>
    protected abstract void FinishDocument();

    /// <summary>Throws when a quad is outside the default graph and the format holds only one graph.</summary>
    protected static void RequireDefaultGraph(in Quad quad, string formatName)
    {
        if (quad.Graph is not null)
        {
            throw new InvalidOperationException(
                $"{formatName} holds one graph; the quad {quad} is in the named graph {quad.Graph}. Use N-Quads or TriG.");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Finishes the document.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Finish();
        }
    }
}
