namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A graph pattern of the SPARQL algebra (<see href="https://www.w3.org/TR/sparql11-query/#sparqlAlgebra"/>):
/// one sealed record per operator, compared by value, printed as SSE.
/// </summary>
public abstract record Op
{
    private protected Op()
    {
    }

    /// <summary>The operator tree as canonical SSE text, e.g. <c>(project (?s) (bgp (triple ?s ?p ?o)))</c>.</summary>
    public string ToSse() => SseWriter.Write(this);

    /// <summary>Reads SSE as written by <see cref="ToSse"/> (for golden tests that state their input as SSE).</summary>
    /// <exception cref="FormatException">The text is not SSE of an operator.</exception>
    public static Op ParseSse(string sse) => SseParser.ParseOp(sse ?? throw new ArgumentNullException(nameof(sse)));

    /// <summary>The operator tree as SSE.</summary>
    public sealed override string ToString() => ToSse();
}
