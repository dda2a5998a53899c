namespace ValueFlows.Rdf;

/// <summary>Checks the shape of BCP 47 language tags as RDF syntaxes accept them.</summary>
internal static class LanguageTag
{
    /// <summary>
    /// The Turtle/N-Triples production <c>[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*</c>; RDF concepts defer the rest of
    /// BCP 47 to applications, and the W3C suites only test this shape.
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty)
        {
            return false;
        }

        int i = 0;
        while (i < tag.Length && char.IsAsciiLetter(tag[i]))
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        while (i < tag.Length)
        {
            if (tag[i] != '-')
            {
                return false;
            }

            i++;
            int start = i;
            while (i < tag.Length && char.IsAsciiLetterOrDigit(tag[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return true;
    }
}
