namespace ValueFlows.Rdf;

/// <summary>
/// An <c>xsd:string</c> or <c>xsd:anyURI</c>: any sequence of XML 1.1 characters (U+0000, U+FFFE, U+FFFF and unpaired
/// surrogates are not). The canonical form is the string itself; an anyURI is not checked against RFC 3987, as
/// XML Schema 1.1 leaves its lexical space open.
/// </summary>
public sealed class XsdString : XsdValue, IEquatable<XsdString>
{
    private XsdString(string value, Iri datatype)
        : base(datatype) => Value = value;

    /// <summary>The string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToCanonicalString() => Value;

    /// <inheritdoc />
    public bool Equals(XsdString? other) =>
        other is not null && string.Equals(other.Value, Value, StringComparison.Ordinal) && other.Datatype.Equals(Datatype);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdString);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value.GetHashCode(StringComparison.Ordinal), Datatype);

    internal static XsdString? Parse(string lexical, Iri datatype) => IsXmlText(lexical) ? new XsdString(lexical, datatype) : null;

    private static bool IsXmlText(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\0' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
