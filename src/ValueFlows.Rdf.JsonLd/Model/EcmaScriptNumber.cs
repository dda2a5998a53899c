using System.Globalization;
using System.Text;

namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>
/// Number to text as ECMAScript's <c>Number::toString</c> does it (shortest round-trip digits, exponent only outside
/// 1e-7..1e21). JSON-LD test results and the JSON canonicalization scheme (RFC 8785) are written in this form.
/// </summary>
internal static class EcmaScriptNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "JSON has no NaN or infinite numbers.");
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET prints the shortest digits that round-trip; only the layout differs from ECMAScript.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        int k = digits.Length;
        int n = exponent;
        var sb = new StringBuilder(k + 8);
        if (value < 0)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            int e = n - 1;
            sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Splits .NET's round-trip text ("123.45", "1.5E-07", "1E+21") into significant digits without leading or trailing
    /// zeros and the ECMAScript exponent n, where the value is 0.digits × 10^n.
    /// </summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        int e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        int exp10 = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var all = intPart + fracPart;
        int pointPos = intPart.Length + exp10;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        all = all[lead..];
        pointPos -= lead;
        all = all.TrimEnd('0');
        return (all.Length == 0 ? "0" : all, pointPos);
    }
}
