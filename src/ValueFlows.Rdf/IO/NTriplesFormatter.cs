using System.Globalization;

namespace ValueFlows.Rdf;

/// <summary>Writes terms in canonical N-Triples form (RDF 1.2 N-Triples, "Canonical N-Triples").</summary>
internal static class NTriplesFormatter
{
    public static string FormatIri(string iri)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteIri(w, iri);
        return w.ToString();
    }

    public static string FormatLiteral(Literal literal)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteLiteral(w, literal);
        return w.ToString();
    }

    public static void WriteTerm(TextWriter w, Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(w, iri.Value);
                break;
            case BlankNode b:
                w.Write("_:");
                w.Write(b.Label);
                break;
            case Literal l:
                WriteLiteral(w, l);
                break;
            default:
                throw new ArgumentException("Unknown term kind.", nameof(term));
        }
    }

    public static void WriteIri(TextWriter w, string iri)
    {
        w.Write('<');
        int start = 0;
        for (int i = 0; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                w.Write(iri.AsSpan(start, i - start));
                WriteUchar(w, c);
                start = i + 1;
            }
        }

        w.Write(iri.AsSpan(start));
        w.Write('>');
    }

    public static void WriteLiteral(TextWriter w, Literal literal)
    {
        WriteQuotedString(w, literal.Value);
        if (literal.Language is not null)
        {
            w.Write('@');
            w.Write(literal.Language);
        }
        else if (!literal.IsSimple)
        {
            w.Write("^^");
            WriteIri(w, literal.Datatype.Value);
        }
    }

    /// <summary>Writes <c>"…"</c> with the canonical escapes: ECHAR for BS HT LF FF CR " \, UCHAR for other controls and non-Chars.</summary>
    public static void WriteQuotedString(TextWriter w, string value)
    {
        w.Write('"');
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            string? echar = c switch
            {
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => null,
            };
            bool uchar = echar is null && (c < 0x20 || c == 0x7F || c == '\uFFFE' || c == '\uFFFF');
            if (echar is null && !uchar)
            {
                continue;
            }

            w.Write(value.AsSpan(start, i - start));
            if (echar is not null)
            {
                w.Write(echar);
            }
            else
            {
                WriteUchar(w, c);
            }

            start = i + 1;
        }

        w.Write(value.AsSpan(start));
        w.Write('"');
    }

    private static void WriteUchar(TextWriter w, char c)
    {
        w.Write("\\u");
        w.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }
}
