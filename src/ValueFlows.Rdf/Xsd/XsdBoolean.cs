namespace ValueFlows.Rdf;

/// <summary>An <c>xsd:boolean</c>: lexical forms <c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>; canonical <c>true</c>/<c>false</c>.</summary>
public sealed class XsdBoolean : XsdValue, IEquatable<XsdBoolean>
{
    /// <summary>The value true.</summary>
    public static readonly XsdBoolean True = new(true);

    /// <summary>The value false.</summary>
    public static readonly XsdBoolean False = new(false);

    private XsdBoolean(bool value)
        : base(Xsd.Boolean) => Value = value;

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <summary>The value as an <c>xsd:boolean</c>.</summary>
    public static XsdBoolean From(bool value) => value ? True : False;

    /// <inheritdoc />
    public override string ToCanonicalString() => Value ? "true" : "false";

    /// <inheritdoc />
    public bool Equals(XsdBoolean? other) => other is not null && other.Value == Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as XsdBoolean);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    internal static XsdBoolean? Parse(string lexical, Iri datatype) => lexical switch
    {
        "true" or "1" => True,
        "false" or "0" => False,
        _ => null,
    };
}
