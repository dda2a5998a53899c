using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>The numeric types of the SPARQL operator mapping, ordered by type promotion.</summary>
internal enum NumericKind
{
    Integer,
    Decimal,
    Float,
    Double,
}

/// <summary>A numeric literal's value: integers and decimals as <see cref="decimal"/>, floats and doubles as <see cref="double"/>.</summary>
internal readonly record struct NumericValue(NumericKind Kind, decimal Exact, double Approximate)
{
    private static readonly HashSet<string> s_integerTypes = new(StringComparer.Ordinal)
    {
        "integer", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "nonNegativeInteger",
        "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger",
    };

    public double AsDouble => Kind >= NumericKind.Float ? Approximate : (double)Exact;

    public static bool IsNumericDatatype(Iri datatype)
    {
        string v = datatype.Value;
        if (!v.StartsWith(Xsd.Namespace, StringComparison.Ordinal))
        {
            return false;
        }

        string local = v[Xsd.Namespace.Length..];
        return local is "decimal" or "float" or "double" || s_integerTypes.Contains(local);
    }

    public static bool TryGet(Term? term, out NumericValue value)
    {
        value = default;
        if (term is not Literal literal || literal.Language is not null)
        {
            return false;
        }

        string v = literal.Datatype.Value;
        if (!v.StartsWith(Xsd.Namespace, StringComparison.Ordinal))
        {
            return false;
        }

        string local = v[Xsd.Namespace.Length..];
        string lexical = literal.Value.Trim();
        if (s_integerTypes.Contains(local))
        {
            if (lexical.Contains('.', StringComparison.Ordinal) || lexical.Contains('e', StringComparison.OrdinalIgnoreCase)
                || !decimal.TryParse(lexical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal i))
            {
                return false;
            }

            value = new NumericValue(NumericKind.Integer, i, 0);
            return true;
        }

        if (local == "decimal")
        {
            if (lexical.Contains('e', StringComparison.OrdinalIgnoreCase)
                || !decimal.TryParse(lexical, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
            {
                return false;
            }

            value = new NumericValue(NumericKind.Decimal, d, 0);
            return true;
        }

        if (local is "float" or "double")
        {
            double f;
            switch (lexical)
            {
                case "INF" or "+INF":
                    f = double.PositiveInfinity;
                    break;
                case "-INF":
                    f = double.NegativeInfinity;
                    break;
                case "NaN":
                    f = double.NaN;
                    break;
                default:
                    if (!double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out f) || lexical.Contains("Infinity", StringComparison.Ordinal))
                    {
                        return false;
                    }

                    break;
            }

            value = new NumericValue(local == "float" ? NumericKind.Float : NumericKind.Double, 0, local == "float" ? (float)f : f);
            return true;
        }

        return false;
    }

    public static NumericValue Integer(decimal value) => new(NumericKind.Integer, decimal.Truncate(value), 0);

    public Literal ToLiteral() => Kind switch
    {
        NumericKind.Integer => Literal.CreateUnchecked(Exact.ToString("0", CultureInfo.InvariantCulture), Xsd.Integer, null),
        NumericKind.Decimal => XsdDecimal.From(Exact).ToLiteral(),
        NumericKind.Float => XsdFloat.From((float)Approximate).ToLiteral(),
        _ => XsdDouble.From(Approximate).ToLiteral(),
    };
}
