namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// A reusable scan over one <see cref="IQueryableDataset"/> snapshot. Open one per operator and <see cref="Seek"/> it for
/// every binding of the left side of an index nested-loop join: nothing is allocated per seek or per quad. Quads arrive in
/// batches through <see cref="Read"/>. A cursor is not thread-safe.
/// </summary>
public interface IQuadCursor : IDisposable
{
    /// <summary>The order of the quads of the current scan.</summary>
    QuadOrder Order { get; }

    /// <summary>Starts a new scan of the quads matching <paramref name="pattern"/>; the previous scan is dropped.</summary>
    void Seek(in QuadPattern pattern);

    /// <summary>Copies the next matching quads into <paramref name="destination"/>; returns how many (0 at the end).</summary>
    int Read(Span<EncodedQuad> destination);
}
