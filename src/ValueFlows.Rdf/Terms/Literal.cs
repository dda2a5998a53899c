namespace ValueFlows.Rdf;

/// <summary>An RDF literal: a lexical form with a datatype IRI, and a language tag when the datatype is <c>rdf:langString</c>.</summary>
public sealed class Literal : Term
{
    private Literal(string value, Iri datatype, string? language)
    {
        Value = value;
        Datatype = datatype;
        Language = language;
    }

    /// <summary>The lexical form.</summary>
    public string Value { get; }

    /// <summary>The datatype IRI (<c>xsd:string</c> for simple literals, <c>rdf:langString</c> for language-tagged ones).</summary>
    public Iri Datatype { get; }

    /// <summary>The language tag in lower case, or null.</summary>
    public string? Language { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.Literal;

    /// <summary>True for a literal of datatype <c>xsd:string</c>.</summary>
    public bool IsSimple => Language is null && string.Equals(Datatype.Value, Xsd.String.Value, StringComparison.Ordinal);

    /// <summary>A simple literal (<c>xsd:string</c>).</summary>
    public static Literal Create(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), Xsd.String, null);

    /// <summary>A typed literal. <c>rdf:langString</c> is refused here: use the language overload.</summary>
    public static Literal Create(string value, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(datatype);
        if (string.Equals(datatype.Value, RdfVocabulary.LangString.Value, StringComparison.Ordinal))
        {
            throw new ArgumentException("rdf:langString literals need a language tag.", nameof(datatype));
        }

        return new Literal(value, string.Equals(datatype.Value, Xsd.String.Value, StringComparison.Ordinal) ? Xsd.String : datatype, null);
    }

    /// <summary>A language-tagged string; the tag is checked against BCP 47's shape and lower-cased.</summary>
    public static Literal Create(string value, string language)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(language);
        if (!LanguageTag.IsWellFormed(language))
        {
            throw new FormatException($"Invalid language tag '{language}'.");
        }

        return new Literal(value, RdfVocabulary.LangString, language.ToLowerInvariant());
    }

    /// <summary>Creates a literal without checks; the caller guarantees the language tag is well-formed and lower case.</summary>
    public static Literal CreateUnchecked(string value, Iri datatype, string? language) => new(value, datatype, language);

    /// <inheritdoc />
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other)
        || (other is Literal l
            && string.Equals(Value, l.Value, StringComparison.Ordinal)
            && string.Equals(Language, l.Language, StringComparison.Ordinal)
            && Datatype.Equals(l.Datatype));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        Value.GetHashCode(StringComparison.Ordinal), Datatype.GetHashCode(), Language is null ? 0 : Language.GetHashCode(StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => NTriplesFormatter.FormatLiteral(this);
}
