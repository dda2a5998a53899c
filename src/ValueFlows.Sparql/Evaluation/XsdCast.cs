using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>The XSD constructor functions of SPARQL (§17.5): casts between strings, numerics, booleans and dateTimes.</summary>
internal static class XsdCast
{
    public static Term? Cast(Term? argument, Iri datatype)
    {
        if (argument is null or BlankNode)
        {
            return null;
        }

        string target = datatype.Value[Xsd.Namespace.Length..];
        if (argument is Iri iri)
        {
            return target == "string" ? Literal.Create(iri.Value) : null;
        }

        var literal = (Literal)argument;
        if (literal.Language is not null)
        {
            return null;
        }

        bool fromString = TermComparer.IsType(literal, Xsd.String);
        bool isNumeric = NumericValue.TryGet(literal, out var n);
        if (!fromString && !isNumeric && NumericValue.IsNumericDatatype(literal.Datatype))
        {
            return null;
        }

        bool isBoolean = TermComparer.IsType(literal, Xsd.Boolean);
        switch (target)
        {
            case "string":
                return Literal.Create(isBoolean ? (TermComparer.TryBoolean(literal, out bool b0) ? (b0 ? "true" : "false") : literal.Value)
                    : isNumeric ? Canonical(literal, n, isNumeric) : literal.Value);
            case "boolean":
                if (isNumeric)
                {
                    return ExpressionCompiler.Bool(n.Kind >= NumericKind.Float ? !(n.Approximate == 0 || double.IsNaN(n.Approximate)) : n.Exact != 0);
                }

                if (fromString || isBoolean)
                {
                    return literal.Value switch
                    {
                        "true" or "1" => ExpressionCompiler.Bool(true),
                        "false" or "0" => ExpressionCompiler.Bool(false),
                        _ => null,
                    };
                }

                return null;
            case "integer" or "decimal" or "float" or "double":
            {
                var kind = target switch
                {
                    "integer" => NumericKind.Integer,
                    "decimal" => NumericKind.Decimal,
                    "float" => NumericKind.Float,
                    _ => NumericKind.Double,
                };
                if (isBoolean)
                {
                    bool b = literal.Value is "true" or "1";
                    return new NumericValue(kind, b ? 1 : 0, b ? 1 : 0).ToLiteral();
                }

                if (fromString)
                {
                    if (!NumericValue.TryGet(Literal.CreateUnchecked(literal.Value, datatype, null), out var parsed))
                    {
                        return null;
                    }

                    return parsed.ToLiteral();
                }

                if (!isNumeric)
                {
                    return null;
                }

                if (kind >= NumericKind.Float)
                {
                    return new NumericValue(kind, 0, n.AsDouble).ToLiteral();
                }

                if (n.Kind >= NumericKind.Float)
                {
                    if (double.IsNaN(n.Approximate) || double.IsInfinity(n.Approximate))
                    {
                        return null;
                    }

                    decimal d = (decimal)n.Approximate;
                    return new NumericValue(kind, kind == NumericKind.Integer ? decimal.Truncate(d) : d, 0).ToLiteral();
                }

                return new NumericValue(kind, kind == NumericKind.Integer ? decimal.Truncate(n.Exact) : n.Exact, 0).ToLiteral();
            }

            case "dateTime":
                if ((fromString || TermComparer.IsType(literal, Xsd.DateTime)) && TermComparer.TryDateTime(literal.Value.Trim(), out _)
                    && literal.Value.Contains('T', StringComparison.Ordinal))
                {
                    return Literal.CreateUnchecked(literal.Value.Trim(), Xsd.DateTime, null);
                }

                return null;
            default:
                return fromString ? Literal.CreateUnchecked(literal.Value, datatype, null) : null;
        }
    }

    private static string Canonical(Literal literal, NumericValue n, bool isNumeric)
    {
        if (!isNumeric)
        {
            return literal.Value;
        }

        if (n.Kind == NumericKind.Integer)
        {
            return n.Exact.ToString("0", CultureInfo.InvariantCulture);
        }

        if (n.Kind == NumericKind.Decimal)
        {
            string s = n.Exact.ToString("0.############################", CultureInfo.InvariantCulture);
            return s;
        }

        // XPath casts of floats and doubles to strings use plain decimal notation between 1e-6 and 1e6.
        double abs = Math.Abs(n.Approximate);
        if (abs == 0 || (abs >= 1e-6 && abs < 1e6))
        {
            decimal plain = n.Kind == NumericKind.Float ? (decimal)(float)n.Approximate : (decimal)n.Approximate;
            return plain.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        return n.ToLiteral().Value;
    }
}
