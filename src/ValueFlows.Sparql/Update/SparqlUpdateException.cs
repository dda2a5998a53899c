using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Update;

/// <summary>An update operation failed (without SILENT); the request as a whole fails and nothing of it is kept.</summary>
public sealed class SparqlUpdateException : Exception
{
    /// <summary>An error of <paramref name="kind"/> about <paramref name="iri"/>.</summary>
    public SparqlUpdateException(UpdateErrorKind kind, Iri iri, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Iri = iri;
    }

    /// <summary>What went wrong.</summary>
    public UpdateErrorKind Kind { get; }

    /// <summary>The document or graph the error is about.</summary>
    public Iri Iri { get; }
}
