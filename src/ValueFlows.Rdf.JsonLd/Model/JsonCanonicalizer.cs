using System.Globalization;
using System.Text;

namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): no whitespace, object members sorted by their UTF-16 code units, numbers
/// as ECMAScript prints them, strings with the minimal escapes of <c>JSON.stringify</c>. It gives <c>rdf:JSON</c> literals
/// their lexical form.
/// </summary>
internal static class JsonCanonicalizer
{
    public static string Canonicalize(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case double d:
                sb.Append(EcmaScriptNumber.Format(d));
                break;
            case string s:
                AppendString(sb, s);
                break;
            case List<object?> list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Append(sb, list[i]);
                }

                sb.Append(']');
                break;
            case JsonMap map:
            {
                sb.Append('{');
                bool first = true;
                foreach (var key in map.SortedKeys())
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    AppendString(sb, key);
                    sb.Append(':');
                    Append(sb, map[key]);
                }

                sb.Append('}');
                break;
            }

            default:
                throw new InvalidOperationException($"Not a JSON value: {value.GetType()}.");
        }
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
