using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>One value of a record field: an RDF term, a <see cref="VfMeasure"/> or a <see cref="VfDuration"/>.</summary>
public abstract record VfValue
{
    private protected VfValue()
    {
    }

    /// <summary>An IRI value (a reference, an action, a URI).</summary>
    public static VfValue Of(Iri iri) => new VfTermValue(iri);

    /// <summary>A plain string value.</summary>
    public static VfValue Of(string text) => new VfTermValue(Literal.Create(text));

    /// <summary>A boolean value.</summary>
    public static VfValue Of(bool value) => new VfTermValue(Literal.Create(value ? "true" : "false", Xsd.Boolean));

    /// <summary>A decimal value.</summary>
    public static VfValue Of(decimal value) => new VfTermValue(Literal.Create(VfLexical.Decimal(value), Xsd.Decimal));

    /// <summary>A date-time value, written in UTC.</summary>
    public static VfValue Of(DateTimeOffset value) => new VfTermValue(Literal.Create(VfLexical.DateTime(value), Xsd.DateTime));

    /// <summary>Any RDF term as given (its shape is checked against the field when written).</summary>
    public static VfValue Of(Term term) => new VfTermValue(term);
}

/// <summary>A field value that is one RDF term.</summary>
public sealed record VfTermValue(Term Term) : VfValue;

/// <summary>A quantity: a number and the unit it is counted in (VF 1.0 <c>vf:Measure</c>).</summary>
public sealed record VfMeasure(decimal NumericalValue, Iri? Unit) : VfValue;

/// <summary>A duration: a number of time units (vf-graphql <c>Duration</c>, stored as a <c>vf:Measure</c>).</summary>
public sealed record VfDuration(decimal NumericDuration, VfTimeUnit Unit) : VfValue;

/// <summary>The lexical forms Core writes (canonical, so they print back exactly: DECISIONS 22).</summary>
internal static class VfLexical
{
    public static string Decimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0');
            text = text.EndsWith('.') ? text + "0" : text;
        }
        else
        {
            text += ".0";
        }

        return text;
    }

    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z";
}
