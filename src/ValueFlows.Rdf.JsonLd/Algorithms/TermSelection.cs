namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Term Selection algorithm (JSON-LD 1.1 API §4.4.2): the first term that has one of the preferred containers and
/// one of the preferred type or language mappings, in the order given.
/// </summary>
internal static class TermSelection
{
    public static string? Select(ActiveContext activeContext, string iri, List<string> containers, string typeLanguage, List<string> preferredValues)
    {
        // Steps 1 to 3.
        var containerMap = activeContext.Inverse.Get(iri);
        if (containerMap is null)
        {
            return null;
        }

        // Step 4.
        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var typeLanguageMap))
            {
                continue;
            }

            var valueMap = typeLanguageMap.Get(typeLanguage);
            foreach (var item in preferredValues)
            {
                if (valueMap.TryGetValue(item, out var term))
                {
                    return term;
                }
            }
        }

        // Step 5.
        return null;
    }
}
