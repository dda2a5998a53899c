using System.Globalization;

namespace ValueFlows.Rdf;

/// <summary>The lexical space and canonical mapping shared by <c>xsd:double</c> and <c>xsd:float</c>.</summary>
internal static class FloatingPointLexical
{
    /// <summary>
    /// <c>(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?|(\+|-)?INF|NaN</c> (XML Schema 1.1 floatRep).
    /// </summary>
    public static bool IsLexical(ReadOnlySpan<char> s)
    {
        if (s is "NaN")
        {
            return true;
        }

        if (s.Length > 0 && s[0] is '+' or '-')
        {
            s = s[1..];
        }

        if (s is "INF")
        {
            return true;
        }

        int e = s.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            var exponent = s[(e + 1)..];
            if (exponent.Length > 0 && exponent[0] is '+' or '-')
            {
                exponent = exponent[1..];
            }

            if (exponent.IsEmpty || exponent.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            s = s[..e];
        }

        int dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? [] : s[(dot + 1)..];
        return whole.Length + fraction.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Parses a lexical form accepted by <see cref="IsLexical"/>; out-of-range magnitudes round to ±INF or ±0.</summary>
    public static double ParseDouble(ReadOnlySpan<char> s) => s switch
    {
        "NaN" => double.NaN,
        "INF" or "+INF" => double.PositiveInfinity,
        "-INF" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
    };

    /// <summary>Like <see cref="ParseDouble"/>, rounding the decimal numeral straight to single precision.</summary>
    public static float ParseSingle(ReadOnlySpan<char> s) => s switch
    {
        "NaN" => float.NaN,
        "INF" or "+INF" => float.PositiveInfinity,
        "-INF" => float.NegativeInfinity,
        _ => float.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// XML Schema 1.1's canonical form, from the shortest numeral that reads back as the same value
    /// (<paramref name="roundTrip"/>, as .NET's "R" format writes it): <c>1.0E0</c>, <c>-1.5E-3</c>, <c>0.0E0</c>,
    /// <c>-0.0E0</c>, <c>INF</c>, <c>-INF</c>, <c>NaN</c>.
    /// </summary>
    public static string Canonical(bool isNaN, bool isInfinity, bool isNegative, string roundTrip)
    {
        if (isNaN)
        {
            return "NaN";
        }

        if (isInfinity)
        {
            return isNegative ? "-INF" : "INF";
        }

        var s = roundTrip.AsSpan();
        if (s.Length > 0 && s[0] == '-')
        {
            s = s[1..];
        }

        int exponent = 0;
        int e = s.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }

        int dot = s.IndexOf('.');
        string digits = dot < 0 ? s.ToString() : string.Concat(s[..dot], s[(dot + 1)..]);
        int point = (dot < 0 ? s.Length : dot) + exponent;
        int leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..].TrimEnd('0');
        point -= leading;
        string sign = isNegative ? "-" : "";
        if (digits.Length == 0)
        {
            return sign + "0.0E0";
        }

        string fraction = digits.Length > 1 ? digits[1..] : "0";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{digits[0]}.{fraction}E{point - 1}");
    }
}
