namespace ValueFlows.Rdf;

/// <summary>An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/> or a <see cref="Literal"/>.</summary>
public abstract class Term : IEquatable<Term>
{
    private protected Term()
    {
    }

    /// <summary>Which kind of term this is.</summary>
    public abstract TermKind Kind { get; }

    /// <summary>True for IRIs.</summary>
    public bool IsIri => Kind == TermKind.Iri;

    /// <summary>True for blank nodes.</summary>
    public bool IsBlankNode => Kind == TermKind.BlankNode;

    /// <summary>True for literals.</summary>
    public bool IsLiteral => Kind == TermKind.Literal;

    /// <inheritdoc />
    public abstract bool Equals(Term? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is Term t && Equals(t);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The term in N-Triples syntax.</summary>
    public abstract override string ToString();

    /// <summary>Equality of two terms (null-safe).</summary>
    public static bool operator ==(Term? left, Term? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of two terms (null-safe).</summary>
    public static bool operator !=(Term? left, Term? right) => !(left == right);
}

/// <summary>The three kinds of RDF term.</summary>
public enum TermKind
{
    /// <summary>An IRI.</summary>
    Iri,

    /// <summary>A blank node.</summary>
    BlankNode,

    /// <summary>A literal.</summary>
    Literal,
}
