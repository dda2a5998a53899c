namespace ValueFlows.Rdf;

/// <summary>
/// Checks the internal subset of a document type declaration before any entity is expanded. RDF/XML files (OWL
/// ontologies in particular) use internal entities as namespace abbreviations (<c>&lt;!ENTITY owl "…"&gt;</c>), so the
/// reader lets System.Xml parse the DTD; this guard refuses what makes that dangerous: external entities (XXE: local
/// files, network), parameter entities, and entities whose text refers to other entities (the nesting that makes
/// "billion laughs" bombs). Internal entities holding plain text stay allowed; their total expansion is capped by the
/// reader's <c>MaxCharactersFromEntities</c>.
/// </summary>
internal static class DoctypeGuard
{
    /// <summary>Returns null when the subset is acceptable, otherwise why it is refused.</summary>
    public static string? Check(string internalSubset)
    {
        var s = internalSubset.AsSpan();
        int i = 0;
        while (i < s.Length)
        {
            var rest = s[i..];
            if (rest.StartsWith("<!--"))
            {
                int end = rest.IndexOf("-->");
                i = end < 0 ? s.Length : i + end + 3;
            }
            else if (rest.StartsWith("<?"))
            {
                int end = rest.IndexOf("?>");
                i = end < 0 ? s.Length : i + end + 2;
            }
            else if (rest.StartsWith("<!ENTITY"))
            {
                int end = CheckEntity(s, i + "<!ENTITY".Length, out string? problem);
                if (problem is not null)
                {
                    return problem;
                }

                i = end;
            }
            else if (rest.StartsWith("<!"))
            {
                i = SkipDeclaration(s, i + 2);
            }
            else if (s[i] == '%')
            {
                return "the DTD uses a parameter entity reference; parameter entities are refused";
            }
            else
            {
                i++;
            }
        }

        return null;
    }

    private static int CheckEntity(ReadOnlySpan<char> s, int i, out string? problem)
    {
        problem = null;
        i = SkipSpace(s, i);
        if (i < s.Length && s[i] == '%')
        {
            problem = "the DTD declares a parameter entity; parameter entities are refused";
            return s.Length;
        }

        int nameStart = i;
        while (i < s.Length && !RdfXmlNames.IsXmlWhiteSpace(s[i]) && s[i] != '>')
        {
            i++;
        }

        string name = s[nameStart..i].ToString();
        i = SkipSpace(s, i);
        if (i < s.Length && (s[i] == '"' || s[i] == '\''))
        {
            char quote = s[i];
            int close = s[(i + 1)..].IndexOf(quote);
            var value = close < 0 ? s[(i + 1)..] : s.Slice(i + 1, close);
            if (RefersToEntity(value))
            {
                problem = $"the DTD entity '{name}' refers to other entities; nested entities are refused (entity expansion bomb)";
                return s.Length;
            }

            return close < 0 ? s.Length : SkipDeclaration(s, i + 1 + close + 1);
        }

        problem = $"the DTD declares the external entity '{name}' (SYSTEM or PUBLIC); external entities are refused";
        return s.Length;
    }

    /// <summary>True when an entity value holds a general or parameter entity reference (character references are fine).</summary>
    private static bool RefersToEntity(ReadOnlySpan<char> value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' || (value[i] == '&' && (i + 1 >= value.Length || value[i + 1] != '#')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves past the '&gt;' that closes a markup declaration, stepping over quoted strings.</summary>
    private static int SkipDeclaration(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (c is '"' or '\'')
            {
                int close = s[(i + 1)..].IndexOf(c);
                i = close < 0 ? s.Length : i + 1 + close + 1;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && RdfXmlNames.IsXmlWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}
