namespace ValueFlows.Rdf;

/// <summary>XML Schema datatype IRIs.</summary>
public static class Xsd
{
    /// <summary>The XSD namespace.</summary>
    public const string Namespace = "http://www.w3.org/2001/XMLSchema#";

#pragma warning disable CS1591 // The names are the XSD datatype names.
    public static readonly Iri String = Iri.CreateUnchecked(Namespace + "string");
    public static readonly Iri Boolean = Iri.CreateUnchecked(Namespace + "boolean");
    public static readonly Iri Decimal = Iri.CreateUnchecked(Namespace + "decimal");
    public static readonly Iri Integer = Iri.CreateUnchecked(Namespace + "integer");
    public static readonly Iri Double = Iri.CreateUnchecked(Namespace + "double");
    public static readonly Iri Float = Iri.CreateUnchecked(Namespace + "float");
    public static readonly Iri Date = Iri.CreateUnchecked(Namespace + "date");
    public static readonly Iri Time = Iri.CreateUnchecked(Namespace + "time");
    public static readonly Iri DateTime = Iri.CreateUnchecked(Namespace + "dateTime");
    public static readonly Iri DateTimeStamp = Iri.CreateUnchecked(Namespace + "dateTimeStamp");
    public static readonly Iri Duration = Iri.CreateUnchecked(Namespace + "duration");
    public static readonly Iri DayTimeDuration = Iri.CreateUnchecked(Namespace + "dayTimeDuration");
    public static readonly Iri YearMonthDuration = Iri.CreateUnchecked(Namespace + "yearMonthDuration");
    public static readonly Iri GYear = Iri.CreateUnchecked(Namespace + "gYear");
    public static readonly Iri GYearMonth = Iri.CreateUnchecked(Namespace + "gYearMonth");
    public static readonly Iri GMonth = Iri.CreateUnchecked(Namespace + "gMonth");
    public static readonly Iri GMonthDay = Iri.CreateUnchecked(Namespace + "gMonthDay");
    public static readonly Iri GDay = Iri.CreateUnchecked(Namespace + "gDay");
    public static readonly Iri AnyUri = Iri.CreateUnchecked(Namespace + "anyURI");
    public static readonly Iri Long = Iri.CreateUnchecked(Namespace + "long");
    public static readonly Iri Int = Iri.CreateUnchecked(Namespace + "int");
    public static readonly Iri Short = Iri.CreateUnchecked(Namespace + "short");
    public static readonly Iri Byte = Iri.CreateUnchecked(Namespace + "byte");
    public static readonly Iri NonNegativeInteger = Iri.CreateUnchecked(Namespace + "nonNegativeInteger");
    public static readonly Iri NonPositiveInteger = Iri.CreateUnchecked(Namespace + "nonPositiveInteger");
    public static readonly Iri PositiveInteger = Iri.CreateUnchecked(Namespace + "positiveInteger");
    public static readonly Iri NegativeInteger = Iri.CreateUnchecked(Namespace + "negativeInteger");
    public static readonly Iri UnsignedLong = Iri.CreateUnchecked(Namespace + "unsignedLong");
    public static readonly Iri UnsignedInt = Iri.CreateUnchecked(Namespace + "unsignedInt");
    public static readonly Iri UnsignedShort = Iri.CreateUnchecked(Namespace + "unsignedShort");
    public static readonly Iri UnsignedByte = Iri.CreateUnchecked(Namespace + "unsignedByte");
#pragma warning restore CS1591
}
