using System.Diagnostics.CodeAnalysis;

namespace ValueFlows.Rdf;

/// <summary>
/// The value of a literal of a common XSD datatype (XML Schema 1.1 Part 2): parsed from the lexical form and written back
/// in canonical form. Lexical forms are taken as they are, without whitespace processing: <c>" 1"^^xsd:integer</c> is
/// ill-typed, as in RDF 1.2's reading of XSD lexical spaces.
/// </summary>
public abstract class XsdValue
{
    private static readonly Dictionary<string, Func<string, Iri, XsdValue?>> s_parsers = new(StringComparer.Ordinal)
    {
        [Xsd.String.Value] = XsdString.Parse,
        [Xsd.AnyUri.Value] = XsdString.Parse,
        [Xsd.Boolean.Value] = XsdBoolean.Parse,
        [Xsd.Decimal.Value] = (s, _) => XsdDecimal.Parse(s),
        [Xsd.Integer.Value] = XsdInteger.Parse,
        [Xsd.Long.Value] = XsdInteger.Parse,
        [Xsd.Int.Value] = XsdInteger.Parse,
        [Xsd.Short.Value] = XsdInteger.Parse,
        [Xsd.Byte.Value] = XsdInteger.Parse,
        [Xsd.NonNegativeInteger.Value] = XsdInteger.Parse,
        [Xsd.NonPositiveInteger.Value] = XsdInteger.Parse,
        [Xsd.PositiveInteger.Value] = XsdInteger.Parse,
        [Xsd.NegativeInteger.Value] = XsdInteger.Parse,
        [Xsd.UnsignedLong.Value] = XsdInteger.Parse,
        [Xsd.UnsignedInt.Value] = XsdInteger.Parse,
        [Xsd.UnsignedShort.Value] = XsdInteger.Parse,
        [Xsd.UnsignedByte.Value] = XsdInteger.Parse,
        [Xsd.Double.Value] = (s, _) => XsdDouble.Parse(s),
        [Xsd.Float.Value] = (s, _) => XsdFloat.Parse(s),
        [Xsd.DateTime.Value] = XsdDateTime.Parse,
        [Xsd.DateTimeStamp.Value] = XsdDateTime.Parse,
        [Xsd.Date.Value] = XsdDateTime.Parse,
        [Xsd.Time.Value] = XsdDateTime.Parse,
        [Xsd.GYear.Value] = XsdDateTime.Parse,
        [Xsd.GYearMonth.Value] = XsdDateTime.Parse,
        [Xsd.GMonth.Value] = XsdDateTime.Parse,
        [Xsd.GMonthDay.Value] = XsdDateTime.Parse,
        [Xsd.GDay.Value] = XsdDateTime.Parse,
        [Xsd.Duration.Value] = XsdDuration.Parse,
        [Xsd.DayTimeDuration.Value] = XsdDuration.Parse,
        [Xsd.YearMonthDuration.Value] = XsdDuration.Parse,
    };

    private protected XsdValue(Iri datatype) => Datatype = datatype;

    /// <summary>The datatype of the literal this value came from (a derived type such as <c>xsd:int</c> is kept).</summary>
    public Iri Datatype { get; }

    /// <summary>The canonical lexical form (XML Schema 1.1 Part 2 canonical mappings).</summary>
    public abstract string ToCanonicalString();

    /// <summary>The literal in canonical form, with <see cref="Datatype"/>.</summary>
    public Literal ToLiteral() => Literal.CreateUnchecked(ToCanonicalString(), Datatype, null);

    /// <summary>The canonical lexical form.</summary>
    public override string ToString() => ToCanonicalString();

    /// <summary>True for the XSD datatypes this class parses.</summary>
    public static bool IsSupported(Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(datatype);
        return s_parsers.ContainsKey(datatype.Value);
    }

    /// <summary>Parses a literal of a supported datatype; false when the datatype is unsupported or the lexical form is not in its lexical space.</summary>
    public static bool TryParse(Literal literal, [NotNullWhen(true)] out XsdValue? value)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return TryParse(literal.Value, literal.Datatype, out value);
    }

    /// <summary>Parses a lexical form of a supported datatype.</summary>
    public static bool TryParse(string lexical, Iri datatype, [NotNullWhen(true)] out XsdValue? value)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(datatype);
        value = s_parsers.TryGetValue(datatype.Value, out var parse) ? parse(lexical, datatype) : null;
        return value is not null;
    }

    /// <summary>
    /// False only when the literal has a supported datatype and its lexical form is not in that datatype's lexical space;
    /// literals of other datatypes and language-tagged strings count as well-typed.
    /// </summary>
    public static bool IsWellTyped(Literal literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return !s_parsers.TryGetValue(literal.Datatype.Value, out var parse) || parse(literal.Value, literal.Datatype) is not null;
    }

    /// <summary>The literal in canonical lexical form; the literal itself when its datatype is unsupported or it is ill-typed.</summary>
    public static Literal Canonicalize(Literal literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (!TryParse(literal, out var value))
        {
            return literal;
        }

        var canonical = value.ToCanonicalString();
        return string.Equals(canonical, literal.Value, StringComparison.Ordinal) ? literal : Literal.CreateUnchecked(canonical, literal.Datatype, null);
    }
}
