using System.Globalization;
using System.Text;

namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>Canonical lexical forms of JSON numbers as <c>xsd:integer</c> and <c>xsd:double</c> (JSON-LD 1.1 API §8.6).</summary>
internal static class XsdCanonicalForm
{
    /// <summary>An integer-valued double in decimal digits, with a leading minus when negative.</summary>
    public static string Integer(double value)
    {
        if (JsonModel.IsSafeInteger(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // Beyond 2^53 every double is whole; print its exact value as JavaScript's toFixed(0) does.
        return new System.Numerics.BigInteger(value).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The double as a mantissa with one non-zero digit before the point and up to 15 after it (trailing zeros removed
    /// but one kept), then <c>E</c> and the exponent: <c>1.1E0</c>, <c>1.0E21</c>, <c>0.0E0</c>.
    /// </summary>
    public static string Double(double value)
    {
        if (value == 0)
        {
            return "0.0E0";
        }

        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        var text = value.ToString("E15", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text.AsSpan(0, e).TrimEnd('0');
        var sb = new StringBuilder(24);
        sb.Append(mantissa);
        if (mantissa[^1] == '.')
        {
            sb.Append('0');
        }

        int exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        sb.Append('E').Append(exponent.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
