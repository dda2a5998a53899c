using System.Globalization;
using System.Text;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>
/// A minimal reader for the suite's well-formed N-Quads files, until the real N-Quads reader is on main. Blank node
/// labels are kept as written.
/// </summary>
internal static class SimpleNQuads
{
    public static List<Quad> Parse(string text)
    {
        var quads = new List<Quad>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int i = 0;
            var terms = new List<Term>();
            while (i < line.Length && line[i] != '.')
            {
                if (char.IsWhiteSpace(line[i]))
                {
                    i++;
                    continue;
                }

                terms.Add(ReadTerm(line, ref i));
            }

            quads.Add(new Quad(terms[0], (Iri)terms[1], terms[2], terms.Count > 3 ? terms[3] : null));
        }

        return quads;
    }

    private static Term ReadTerm(string s, ref int i)
    {
        if (s[i] == '<')
        {
            int end = s.IndexOf('>', i);
            var iri = Unescape(s[(i + 1)..end]);
            i = end + 1;
            return Iri.CreateUnchecked(iri);
        }

        if (s[i] == '_')
        {
            int start = i + 2;
            int end = start;
            while (end < s.Length && !char.IsWhiteSpace(s[end]))
            {
                end++;
            }

            if (s[end - 1] == '.')
            {
                end--;
            }

            i = end;
            return BlankNode.Create(s[start..end]);
        }

        // A literal.
        var sb = new StringBuilder();
        int j = i + 1;
        while (s[j] != '"')
        {
            if (s[j] == '\\')
            {
                j++;
                switch (s[j])
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(j + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        j += 4;
                        break;
                    case 'U':
                        sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(j + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        j += 8;
                        break;
                    default: sb.Append(s[j]); break;
                }

                j++;
            }
            else
            {
                sb.Append(s[j++]);
            }
        }

        j++;
        if (j < s.Length && s[j] == '@')
        {
            int start = j + 1;
            int end = start;
            while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '-'))
            {
                end++;
            }

            i = end;
            return Literal.CreateUnchecked(sb.ToString(), RdfVocabulary.LangString, s[start..end].ToLowerInvariant());
        }

        if (j + 1 < s.Length && s[j] == '^' && s[j + 1] == '^')
        {
            j += 2;
            var dt = (Iri)ReadTerm(s, ref j);
            i = j;
            return dt.Value == Xsd.String.Value ? Literal.Create(sb.ToString()) : Literal.CreateUnchecked(sb.ToString(), dt, null);
        }

        i = j;
        return Literal.Create(sb.ToString());
    }

    private static string Unescape(string iri)
    {
        if (!iri.Contains('\\', StringComparison.Ordinal))
        {
            return iri;
        }

        var sb = new StringBuilder();
        for (int j = 0; j < iri.Length; j++)
        {
            if (iri[j] == '\\' && iri[j + 1] == 'u')
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(iri.AsSpan(j + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                j += 5;
            }
            else if (iri[j] == '\\' && iri[j + 1] == 'U')
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(iri.AsSpan(j + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                j += 9;
            }
            else
            {
                sb.Append(iri[j]);
            }
        }

        return sb.ToString();
    }
}
