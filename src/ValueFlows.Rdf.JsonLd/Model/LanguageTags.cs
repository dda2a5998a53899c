namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>The shape of BCP 47 language tags that RDF literals accept: <c>[a-zA-Z]{1,8} ('-' [a-zA-Z0-9]{1,8})*</c>.</summary>
internal static class LanguageTags
{
    public static bool IsWellFormed(string tag)
    {
        int i = 0;
        int first = 0;
        while (i < tag.Length && char.IsAsciiLetter(tag[i]))
        {
            i++;
            first++;
        }

        if (first is 0 or > 8)
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

            if (i == start || i - start > 8)
            {
                return false;
            }
        }

        return true;
    }
}
