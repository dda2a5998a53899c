using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>Decides when a literal can be written in SPARQL's short form (<c>1</c>, <c>1.5</c>, <c>1e3</c>, <c>true</c>).</summary>
internal static class NumericLiteralSyntax
{
    /// <summary>True when the lexical form is exactly what the SPARQL grammar reads back as the same literal.</summary>
    public static bool IsShortForm(Literal literal)
    {
        if (literal.Language is not null)
        {
            return false;
        }

        var datatype = literal.Datatype.Value;
        var value = literal.Value.AsSpan();
        if (datatype == Xsd.Boolean.Value)
        {
            return value is "true" or "false";
        }

        if (datatype == Xsd.Integer.Value)
        {
            return IsInteger(value);
        }

        if (datatype == Xsd.Decimal.Value)
        {
            return IsDecimal(value);
        }

        return datatype == Xsd.Double.Value && IsDouble(value);
    }

    private static ReadOnlySpan<char> SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && (s[0] == '+' || s[0] == '-') ? s[1..] : s;

    private static int Digits(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsInteger(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        return s.Length > 0 && Digits(s) == s.Length;
    }

    private static bool IsDecimal(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var before = Digits(s);
        if (before >= s.Length || s[before] != '.')
        {
            return false;
        }

        var after = Digits(s[(before + 1)..]);
        return after > 0 && before + 1 + after == s.Length;
    }

    private static bool IsDouble(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var before = Digits(s);
        var i = before;
        var after = 0;
        if (i < s.Length && s[i] == '.')
        {
            after = Digits(s[(i + 1)..]);
            i += 1 + after;
        }

        if (before + after == 0 || i >= s.Length || (s[i] != 'e' && s[i] != 'E'))
        {
            return false;
        }

        var exponent = SkipSign(s[(i + 1)..]);
        return exponent.Length > 0 && Digits(exponent) == exponent.Length;
    }
}
