using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The IRI Compaction algorithm (JSON-LD 1.1 API §6.2.2): an IRI or keyword to the best term, a compact IRI, an IRI
/// relative to the vocabulary or the base, or itself. A value helps pick the term whose container and type or language
/// mapping suit it.
/// </summary>
internal static class IriCompaction
{
    public static string? Compact(ActiveContext activeContext, string? iri, object? value = null, bool vocab = false, bool reverse = false)
    {
        // Step 1.
        if (iri is null)
        {
            return null;
        }

        // Steps 2 to 4.
        if (vocab && activeContext.Inverse.Contains(iri))
        {
            var containers = RentList();
            var preferred = RentList();
            try
            {
                var term = SelectTerm(activeContext, iri, value, reverse, containers, preferred);
                if (term is not null)
                {
                    return term;
                }
            }
            finally
            {
                ReturnList(containers);
                ReturnList(preferred);
            }
        }

        return CompactWithoutTerm(activeContext, iri, value is null, vocab);
    }

    /// <summary>Steps 4.1 to 4.20: the preferred containers and type or language values for the value, then term selection.</summary>
    private static string? SelectTerm(
        ActiveContext activeContext, string iri, object? value, bool reverse, List<string> containers, List<string> preferred)
    {
        bool jsonLd11 = !activeContext.IsJsonLd10;

        // Step 4.1.
        string defaultLanguage = activeContext.DefaultDirection is not null
            ? (activeContext.DefaultLanguage + "_" + activeContext.DefaultDirection).ToLowerInvariant()
            : activeContext.DefaultLanguage?.ToLowerInvariant() ?? Keywords.None;

        // Step 4.2.
        if (value is JsonMap preserve && preserve.TryGetValue(Keywords.Preserve, out var preserved))
        {
            value = preserved is List<object?> { Count: > 0 } pl ? pl[0] : preserved;
        }

        var map = value as JsonMap;

        // Steps 4.3 and 4.4.
        string typeLanguage = Keywords.Language;
        string? typeLanguageValue = Keywords.Null;
        bool isGraph = Expansion.IsGraphObject(value);

        // Step 4.5.
        if (map is not null && map.ContainsKey(Keywords.Index) && !isGraph)
        {
            containers.Add(Keywords.Index);
            containers.Add("@index@set");
        }

        if (reverse)
        {
            // Step 4.6.
            typeLanguage = Keywords.Type;
            typeLanguageValue = Keywords.Reverse;
            containers.Add(Keywords.Set);
        }
        else if (map is not null && map.TryGetValue(Keywords.List, out var listValue))
        {
            // Step 4.7.
            if (!map.ContainsKey(Keywords.Index))
            {
                containers.Add(Keywords.List);
            }

            var list = (List<object?>)listValue!;
            string? commonType = null;
            string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
            foreach (var entry in list)
            {
                var item = entry as JsonMap;
                string itemLanguage = Keywords.None;
                string itemType = Keywords.None;
                bool isValue = item is not null && item.ContainsKey(Keywords.Value);
                if (isValue)
                {
                    if (item!.TryGetValue(Keywords.Direction, out var itemDirection))
                    {
                        itemLanguage = ((item.Get(Keywords.Language) as string) + "_" + itemDirection).ToLowerInvariant();
                    }
                    else if (item.Get(Keywords.Language) is string itemLang)
                    {
                        itemLanguage = itemLang.ToLowerInvariant();
                    }
                    else if (item.Get(Keywords.Type) is string t)
                    {
                        itemType = t;
                    }
                    else
                    {
                        itemLanguage = Keywords.Null;
                    }
                }
                else
                {
                    itemType = Keywords.Id;
                }

                if (commonLanguage is null)
                {
                    commonLanguage = itemLanguage;
                }
                else if (itemLanguage != commonLanguage && isValue)
                {
                    commonLanguage = Keywords.None;
                }

                if (commonType is null)
                {
                    commonType = itemType;
                }
                else if (itemType != commonType)
                {
                    commonType = Keywords.None;
                }

                if (commonLanguage == Keywords.None && commonType == Keywords.None)
                {
                    break;
                }
            }

            commonLanguage ??= Keywords.None;
            commonType ??= Keywords.None;
            if (commonType != Keywords.None)
            {
                typeLanguage = Keywords.Type;
                typeLanguageValue = commonType;
            }
            else
            {
                typeLanguageValue = commonLanguage;
            }
        }
        else if (isGraph)
        {
            // Step 4.8.
            bool hasIndex = map!.ContainsKey(Keywords.Index);
            bool hasId = map.ContainsKey(Keywords.Id);
            if (hasIndex)
            {
                containers.Add("@graph@index");
                containers.Add("@graph@index@set");
            }

            if (hasId)
            {
                containers.Add("@graph@id");
                containers.Add("@graph@id@set");
            }

            containers.Add(Keywords.Graph);
            containers.Add("@graph@set");
            containers.Add(Keywords.Set);
            if (!hasIndex)
            {
                containers.Add("@graph@index");
                containers.Add("@graph@index@set");
            }

            if (!hasId)
            {
                containers.Add("@graph@id");
                containers.Add("@graph@id@set");
            }

            containers.Add(Keywords.Index);
            containers.Add("@index@set");
            typeLanguage = Keywords.Type;
            typeLanguageValue = Keywords.Id;
        }
        else
        {
            // Step 4.9.
            if (map is not null && map.ContainsKey(Keywords.Value))
            {
                bool hasIndex = map.ContainsKey(Keywords.Index);
                if (map.TryGetValue(Keywords.Direction, out var direction) && !hasIndex)
                {
                    typeLanguageValue = ((map.Get(Keywords.Language) as string) + "_" + direction).ToLowerInvariant();
                    containers.Add(Keywords.Language);
                    containers.Add("@language@set");
                }
                else if (map.Get(Keywords.Language) is string language && !hasIndex)
                {
                    typeLanguageValue = language.ToLowerInvariant();
                    containers.Add(Keywords.Language);
                    containers.Add("@language@set");
                }
                else if (map.Get(Keywords.Type) is string type)
                {
                    typeLanguageValue = type;
                    typeLanguage = Keywords.Type;
                }
            }
            else
            {
                typeLanguage = Keywords.Type;
                typeLanguageValue = Keywords.Id;
                containers.Add(Keywords.Id);
                containers.Add("@id@set");
                containers.Add(Keywords.Type);
                containers.Add("@set@type");
            }

            containers.Add(Keywords.Set);
        }

        // Step 4.10.
        containers.Add(Keywords.None);

        // Step 4.11.
        if (jsonLd11 && (map is null || !map.ContainsKey(Keywords.Index)))
        {
            containers.Add(Keywords.Index);
            containers.Add("@index@set");
        }

        // Step 4.12.
        if (jsonLd11 && map is { Count: 1 } && map.ContainsKey(Keywords.Value))
        {
            containers.Add(Keywords.Language);
            containers.Add("@language@set");
        }

        // Step 4.13.
        typeLanguageValue ??= Keywords.Null;

        // Steps 4.14 and 4.15.
        if (typeLanguageValue == Keywords.Reverse)
        {
            preferred.Add(Keywords.Reverse);
        }

        if (typeLanguageValue is Keywords.Id or Keywords.Reverse && map is not null && map.Get(Keywords.Id) is string id)
        {
            // Step 4.16.
            var compactedId = Compact(activeContext, id, null, vocab: true);
            if (activeContext.GetTerm(compactedId) is { } idDefinition && idDefinition.IriMapping == id)
            {
                preferred.Add(Keywords.Vocab);
                preferred.Add(Keywords.Id);
                preferred.Add(Keywords.None);
            }
            else
            {
                preferred.Add(Keywords.Id);
                preferred.Add(Keywords.Vocab);
                preferred.Add(Keywords.None);
            }
        }
        else
        {
            // Step 4.17.
            preferred.Add(typeLanguageValue);
            preferred.Add(Keywords.None);
            if (map is not null && map.Get(Keywords.List) is List<object?> { Count: 0 })
            {
                typeLanguage = Keywords.Any;
            }
        }

        // Step 4.18.
        preferred.Add(Keywords.Any);

        // Step 4.19.
        for (int i = 0, n = preferred.Count; i < n; i++)
        {
            int underscore = preferred[i].IndexOf('_', StringComparison.Ordinal);
            if (underscore >= 0)
            {
                preferred.Add(preferred[i][underscore..]);
            }
        }

        // Step 4.20.
        return TermSelection.Select(activeContext, iri, containers, typeLanguage, preferred);
    }

    /// <summary>Steps 5 to 11: a vocabulary-relative IRI, a compact IRI, a relative IRI or the IRI itself.</summary>
    private static string CompactWithoutTerm(ActiveContext activeContext, string iri, bool valueIsNull, bool vocab)
    {
        // Step 5.
        if (vocab && activeContext.Vocab is { } vocabMapping && iri.Length > vocabMapping.Length
            && iri.StartsWith(vocabMapping, StringComparison.Ordinal))
        {
            // The suffix must also read back as the IRI: not a keyword, not a compact IRI of some prefix.
            var suffix = iri[vocabMapping.Length..];
            if (activeContext.GetTerm(suffix) is null && IriExpansion.Expand(activeContext, suffix, vocab: true) == iri)
            {
                return suffix;
            }
        }

        // Steps 6 and 7.
        string? compactIri = null;
        foreach (var (term, definition) in activeContext.Terms)
        {
            var mapping = definition.IriMapping;
            if (mapping is null || !definition.IsPrefix || mapping.Length >= iri.Length || !iri.StartsWith(mapping, StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = term + ":" + iri[mapping.Length..];
            bool usable = activeContext.GetTerm(candidate) is not { } candidateDefinition
                || (candidateDefinition.IriMapping == iri && valueIsNull);
            if (usable && (compactIri is null || ShorterOrLeast(candidate, compactIri)))
            {
                compactIri = candidate;
            }
        }

        // Step 8.
        if (compactIri is not null)
        {
            return compactIri;
        }

        // Step 9.
        int colon = iri.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && activeContext.GetTerm(iri.AsSpan(0, colon)) is { IsPrefix: true }
            && !iri.AsSpan(colon + 1).StartsWith("//"))
        {
            throw new JsonLdException(JsonLdErrorCode.IriConfusedWithPrefix, $"<{iri}> would read as a compact IRI with the prefix \"{iri[..colon]}\".");
        }

        // Step 10.
        if (!vocab && activeContext.BaseIri is not null)
        {
            // A relative reference must read back as the IRI: "@type" or "ex:foo" would read as a keyword or a
            // compact IRI, and "./" in front stops that.
            var relative = IriReference.Relativize(activeContext.BaseIri, iri);
            if (ReadsBackAs(activeContext, relative, iri))
            {
                return relative;
            }

            return ReadsBackAs(activeContext, "./" + relative, iri) ? "./" + relative : iri;
        }

        // Step 11.
        return iri;
    }

    /// <summary>Lists for term selection, reused: a compaction selects terms for every value of every node.</summary>
    [ThreadStatic]
    private static Stack<List<string>>? t_lists;

    private static List<string> RentList()
    {
        var lists = t_lists ??= new Stack<List<string>>();
        return lists.Count > 0 ? lists.Pop() : new List<string>(16);
    }

    private static void ReturnList(List<string> list)
    {
        list.Clear();
        (t_lists ??= new Stack<List<string>>()).Push(list);
    }

    private static bool ReadsBackAs(ActiveContext activeContext, string reference, string iri) =>
        IriExpansion.Expand(activeContext, reference, documentRelative: true, vocab: false) == iri;

    private static bool ShorterOrLeast(string candidate, string current) =>
        candidate.Length < current.Length || (candidate.Length == current.Length && string.CompareOrdinal(candidate, current) < 0);
}
