namespace ValueFlows.Rdf;

/// <summary>An absolute IRI (RFC 3987), kept exactly as written: it is never normalised.</summary>
public sealed class Iri : Term
{
    private Iri(string value) => Value = value;

    /// <summary>The IRI string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.Iri;

    /// <summary>Creates an IRI after checking that <paramref name="value"/> is an absolute IRI per RFC 3987.</summary>
    /// <exception cref="FormatException">The string is not an absolute IRI.</exception>
    public static Iri Create(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IriSyntax.TryValidateAbsolute(value, out var error))
        {
            throw new FormatException($"Invalid IRI <{value}>: {error}");
        }

        return new Iri(value);
    }

    /// <summary>Creates an IRI without validation; the caller guarantees it is a valid absolute IRI.</summary>
    public static Iri CreateUnchecked(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Resolves <paramref name="reference"/> against this IRI (RFC 3986 §5.2).</summary>
    /// <exception cref="FormatException">The reference is not a valid IRI reference.</exception>
    public Iri Resolve(string reference) => new(IriSyntax.Resolve(Value, reference));

    /// <inheritdoc />
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is Iri iri && string.Equals(Value, iri.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => NTriplesFormatter.FormatIri(Value);
}
