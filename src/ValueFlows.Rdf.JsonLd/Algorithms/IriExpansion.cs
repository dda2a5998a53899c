using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The IRI Expansion algorithm (JSON-LD 1.1 API §5.2.2): a term, compact IRI, keyword alias or relative reference to an
/// IRI, blank node identifier or keyword. During context processing a <see cref="TermDefinitionBuilder"/> is passed so
/// that terms the value depends on are defined first.
/// </summary>
internal static class IriExpansion
{
    public static string? Expand(
        ActiveContext activeContext, string? value, bool documentRelative = false, bool vocab = false, TermDefinitionBuilder? builder = null)
    {
        // Step 1.
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        // Step 2.
        if (Keywords.HasKeywordForm(value))
        {
            return null;
        }

        // Step 3.
        if (builder is not null && builder.NeedsDefinition(value))
        {
            builder.Define(value);
        }

        // Steps 4 and 5.
        var definition = activeContext.GetTerm(value);
        if (definition is not null)
        {
            if (Keywords.IsKeyword(definition.IriMapping))
            {
                return definition.IriMapping;
            }

            if (vocab)
            {
                return definition.IriMapping;
            }
        }

        // Step 6.
        int colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value.AsSpan(colon + 1);

            // Step 6.2.
            if (prefix == "_" || suffix.StartsWith("//"))
            {
                return value;
            }

            // Step 6.3.
            if (builder is not null && builder.NeedsDefinition(prefix))
            {
                builder.Define(prefix);
            }

            // Step 6.4.
            if (activeContext.GetTerm(prefix) is { IriMapping: { } prefixIri, IsPrefix: true })
            {
                return string.Concat(prefixIri, suffix);
            }

            // Step 6.5.
            if (IriReference.IsAbsolute(value))
            {
                return value;
            }
        }

        // Step 7.
        if (vocab && activeContext.Vocab is not null)
        {
            return activeContext.Vocab + value;
        }

        // Step 8.
        if (documentRelative)
        {
            return IriReference.Resolve(activeContext.BaseIri, value);
        }

        // Step 9.
        return value;
    }
}
