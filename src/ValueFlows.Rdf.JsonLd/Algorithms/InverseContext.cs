namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The inverse context (JSON-LD 1.1 API §4.3.2): for each IRI, by container key, the terms that compact it, keyed by the
/// type or language mapping they accept. Terms are visited shortest first, then in code-point order, and the first
/// term to claim a slot keeps it, which settles ties between terms once and for all.
/// </summary>
internal sealed class InverseContext
{
    private readonly Dictionary<string, Dictionary<string, Entry>> _byIri = new(StringComparer.Ordinal);

    /// <summary>The container map of an IRI, or null when no term maps to it.</summary>
    public Dictionary<string, Entry>? Get(string iri) => _byIri.GetValueOrDefault(iri);

    public bool Contains(string iri) => _byIri.ContainsKey(iri);

    public static InverseContext Create(ActiveContext activeContext)
    {
        // Steps 1 and 2.
        var result = new InverseContext();
        var defaultLanguage = activeContext.DefaultLanguage?.ToLowerInvariant() ?? Keywords.None;

        // Step 3.
        var terms = new List<string>(activeContext.Terms.Keys);
        terms.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        foreach (var term in terms)
        {
            var definition = activeContext.Terms[term];

            // Step 3.1.
            if (definition.IriMapping is not { } iri)
            {
                continue;
            }

            // Steps 3.2 to 3.9.
            var container = ContainerMappings.InverseKey(definition.Container);
            if (!result._byIri.TryGetValue(iri, out var containerMap))
            {
                containerMap = new Dictionary<string, Entry>(StringComparer.Ordinal);
                result._byIri[iri] = containerMap;
            }

            if (!containerMap.TryGetValue(container, out var entry))
            {
                entry = new Entry();
                entry.Any[Keywords.None] = term;
                containerMap[container] = entry;
            }

            var typeMap = entry.Type;
            var languageMap = entry.Language;
            if (definition.IsReverseProperty)
            {
                // Step 3.10.
                typeMap.TryAdd(Keywords.Reverse, term);
            }
            else if (definition.TypeMapping == Keywords.None)
            {
                // Step 3.11.
                languageMap.TryAdd(Keywords.Any, term);
                typeMap.TryAdd(Keywords.Any, term);
            }
            else if (definition.TypeMapping is { } typeMapping)
            {
                // Step 3.12.
                typeMap.TryAdd(typeMapping, term);
            }
            else if (definition.HasLanguage && definition.HasDirection)
            {
                // Step 3.13.
                string langDir;
                if (definition.Language is not null && definition.Direction is not null)
                {
                    langDir = (definition.Language + "_" + definition.Direction).ToLowerInvariant();
                }
                else if (definition.Language is not null)
                {
                    langDir = definition.Language.ToLowerInvariant();
                }
                else if (definition.Direction is not null)
                {
                    langDir = "_" + definition.Direction;
                }
                else
                {
                    langDir = Keywords.Null;
                }

                languageMap.TryAdd(langDir, term);
            }
            else if (definition.HasLanguage)
            {
                // Step 3.14.
                languageMap.TryAdd(definition.Language?.ToLowerInvariant() ?? Keywords.Null, term);
            }
            else if (definition.HasDirection)
            {
                // Step 3.15.
                languageMap.TryAdd(definition.Direction is null ? Keywords.None : "_" + definition.Direction, term);
            }
            else if (activeContext.DefaultDirection is not null)
            {
                // Step 3.16.
                var langDir = (activeContext.DefaultLanguage + "_" + activeContext.DefaultDirection).ToLowerInvariant();
                languageMap.TryAdd(langDir, term);
                languageMap.TryAdd(Keywords.None, term);
                typeMap.TryAdd(Keywords.None, term);
            }
            else
            {
                // Step 3.17.
                languageMap.TryAdd(defaultLanguage, term);
                languageMap.TryAdd(Keywords.None, term);
                typeMap.TryAdd(Keywords.None, term);
            }
        }

        // Step 4.
        return result;
    }

    /// <summary>The type/language map of one container key: terms by language, by type, and the catch-all.</summary>
    internal sealed class Entry
    {
        public Dictionary<string, string> Language { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Type { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Any { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Get(string typeOrLanguage) => typeOrLanguage switch
        {
            Keywords.Language => Language,
            Keywords.Type => Type,
            _ => Any,
        };
    }
}
