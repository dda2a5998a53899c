using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Value Compaction algorithm (JSON-LD 1.1 API §6.3.2): a value object or node reference to a plain string, number
/// or boolean when the active property's term definition says the rest, else to the object with its keys compacted.
/// </summary>
internal static class ValueCompaction
{
    public static object? Compact(ActiveContext activeContext, string? activeProperty, JsonMap value)
    {
        var definition = activeContext.GetTerm(activeProperty);
        var typeMapping = definition?.TypeMapping;
        var container = definition?.Container ?? ContainerMapping.None;

        // Steps 4 and 5.
        var language = definition is { HasLanguage: true } ? definition.Language : activeContext.DefaultLanguage;
        var direction = definition is { HasDirection: true } ? definition.Direction : activeContext.DefaultDirection;

        // An @index the container does not carry must stay, so such a value cannot become a scalar.
        bool hasIndex = value.ContainsKey(Keywords.Index);
        bool indexKept = !hasIndex || container.HasFlag(ContainerMapping.Index);

        // Step 1.
        object? result = value;
        if (value.TryGetValue(Keywords.Id, out var id) && (value.Count == 1 || (value.Count == 2 && hasIndex)))
        {
            // Step 6.
            if (typeMapping == Keywords.Id && indexKept)
            {
                result = IriCompaction.Compact(activeContext, id as string, vocab: false);
            }
            else if (typeMapping == Keywords.Vocab && indexKept)
            {
                result = IriCompaction.Compact(activeContext, id as string, vocab: true);
            }
        }
        else if (value.TryGetValue(Keywords.Type, out var type) && type is string t && t == typeMapping)
        {
            // Step 7.
            if (indexKept)
            {
                result = value[Keywords.Value];
            }
        }
        else if (typeMapping == Keywords.None || (value.ContainsKey(Keywords.Type) && value[Keywords.Type] as string != typeMapping))
        {
            // Step 8.
            if (value.TryGetValue(Keywords.Type, out var valueType))
            {
                var copy = new JsonMap(value.Count);
                foreach (var (k, v) in value)
                {
                    copy[k] = v;
                }

                copy[Keywords.Type] = valueType switch
                {
                    string s => IriCompaction.Compact(activeContext, s, vocab: true),
                    List<object?> list => list.Select(x => (object?)IriCompaction.Compact(activeContext, x as string, vocab: true)).ToList(),
                    _ => valueType,
                };
                result = copy;
            }
        }
        else if (value.TryGetValue(Keywords.Value, out var v) && v is not string)
        {
            // Step 9.
            if (indexKept)
            {
                result = v;
            }
        }
        else if (value.ContainsKey(Keywords.Value)
            && MatchesLanguage(value.Get(Keywords.Language) as string, language)
            && string.Equals(value.Get(Keywords.Direction) as string, direction, StringComparison.Ordinal))
        {
            // Step 10.
            if (indexKept)
            {
                result = value[Keywords.Value];
            }
        }

        // Step 11.
        if (result is JsonMap resultMap)
        {
            var compacted = new JsonMap(resultMap.Count);
            foreach (var (k, val) in resultMap)
            {
                compacted[IriCompaction.Compact(activeContext, k, vocab: true)!] = val;
            }

            return compacted;
        }

        // Step 12.
        return result;
    }

    private static bool MatchesLanguage(string? valueLanguage, string? language) =>
        language is null ? valueLanguage is null : string.Equals(valueLanguage, language, StringComparison.OrdinalIgnoreCase);
}
