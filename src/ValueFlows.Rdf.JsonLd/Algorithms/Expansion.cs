using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Expansion algorithm (JSON-LD 1.1 API §5.1.2): removes the context, so that every key is an IRI or keyword and
/// every value an array of node, value, list or graph objects. The input is never modified.
/// </summary>
internal sealed partial class Expansion
{
    private readonly ProcessingSession _session;
    private readonly ContextProcessor _contexts;
    private readonly JsonPointerTrail _trail;
    private readonly bool _ordered;

    public Expansion(ProcessingSession session, ContextProcessor contexts)
    {
        _session = session;
        _contexts = contexts;
        _trail = session.Trail;
        _ordered = session.Ordered;
    }

    public object? Expand(ActiveContext activeContext, string? activeProperty, object? element, string? baseUrl, bool fromMap = false)
    {
        // Step 1.
        if (element is null)
        {
            return null;
        }

        // Step 3.
        var propertyDefinition = activeContext.GetTerm(activeProperty);
        bool hasPropertyScopedContext = propertyDefinition is { HasLocalContext: true };

        // Step 4.
        if (element is not (JsonMap or List<object?>))
        {
            if (activeProperty is null or Keywords.Graph)
            {
                return null;
            }

            if (hasPropertyScopedContext)
            {
                activeContext = _contexts.Process(activeContext, propertyDefinition!.LocalContext, propertyDefinition.BaseUrl);
            }

            return ValueExpansion.Expand(activeContext, activeProperty, element);
        }

        // Step 5.
        if (element is List<object?> array)
        {
            var result = new List<object?>(array.Count);
            bool inList = propertyDefinition is not null && propertyDefinition.Container.HasFlag(ContainerMapping.List);
            for (int i = 0; i < array.Count; i++)
            {
                _trail.Push(i);
                var expandedItem = Expand(activeContext, activeProperty, array[i], baseUrl, fromMap);
                _trail.Pop();
                if (inList && expandedItem is List<object?>)
                {
                    expandedItem = JsonMap.Of(Keywords.List, expandedItem);
                }

                if (expandedItem is List<object?> items)
                {
                    result.AddRange(items);
                }
                else if (expandedItem is not null)
                {
                    result.Add(expandedItem);
                }
            }

            return result;
        }

        // Step 6.
        var map = (JsonMap)element;

        // Step 7.
        if (activeContext.PreviousContext is not null && !fromMap && !KeepsPropagatedContext(activeContext, map))
        {
            activeContext = activeContext.PreviousContext;
        }

        // Step 8.
        if (hasPropertyScopedContext)
        {
            activeContext = _contexts.Process(
                activeContext, propertyDefinition!.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        // Step 9.
        if (map.TryGetValue(Keywords.Context, out var localContext))
        {
            _trail.Push(Keywords.Context);
            activeContext = _contexts.Process(activeContext, localContext, baseUrl);
            _trail.Pop();
        }

        // Step 10.
        var typeScopedContext = activeContext;

        // Step 11. Keys are sorted only when more than one of them is an alias of @type.
        string? typeKey = null;
        string[]? typeKeys = null;
        int typeKeyCount = 0;
        foreach (var key in map.Keys)
        {
            if (activeContext.ExpandKey(key) == Keywords.Type)
            {
                typeKeyCount++;
                typeKey = key;
            }
        }

        if (typeKeyCount > 1)
        {
            typeKeys = [.. map.SortedKeys().Where(k => activeContext.ExpandKey(k) == Keywords.Type)];
            typeKey = typeKeys[0];
        }

        foreach (var key in !typeScopedContext.HasScopedContexts ? [] : typeKeys ?? (typeKey is null ? [] : [typeKey]))
        {

            var types = JsonModel.AsList(map[key]);
            var terms = new List<string>(types.Count);
            foreach (var t in types)
            {
                if (t is string ts)
                {
                    terms.Add(ts);
                }
            }

            terms.Sort(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                if (typeScopedContext.GetTerm(term) is { HasLocalContext: true } typeDefinition)
                {
                    _trail.Push(key);
                    activeContext = _contexts.Process(activeContext, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
                    _trail.Pop();
                }
            }
        }

        // Step 12.
        var output = new JsonMap(map.Count);
        string? inputType = null;
        if (typeKey is not null && map[typeKey] is { } typeValue)
        {
            var last = typeValue is List<object?> { Count: > 0 } tl ? tl[^1] : typeValue;
            if (last is string lastType)
            {
                inputType = activeContext.ExpandKey(lastType);
            }
        }

        var frame = new NodeFrame(activeContext, typeScopedContext, activeProperty, baseUrl, inputType);

        // Steps 13 and 14.
        ExpandEntries(frame, map, output);

        return Finish(activeProperty, output);
    }

    /// <summary>Step 7's test: a value object, or a lone node reference, stays in the propagated context.</summary>
    private static bool KeepsPropagatedContext(ActiveContext activeContext, JsonMap map)
    {
        string? onlyExpanded = null;
        foreach (var key in map.Keys)
        {
            var expanded = activeContext.ExpandKey(key);
            if (expanded == Keywords.Value)
            {
                return true;
            }

            onlyExpanded = expanded;
        }

        return map.Count == 1 && onlyExpanded == Keywords.Id;
    }

    /// <summary>Steps 15 to 20.</summary>
    private object? Finish(string? activeProperty, JsonMap result)
    {
        object? finished = result;

        // Step 15.
        if (result.TryGetValue(Keywords.Value, out var value))
        {
            foreach (var key in result.Keys)
            {
                if (key is not (Keywords.Direction or Keywords.Index or Keywords.Language or Keywords.Type or Keywords.Value))
                {
                    _session.Throw(JsonLdErrorCode.InvalidValueObject, $"A value object cannot have the entry {key}.");
                }
            }

            bool hasType = result.TryGetValue(Keywords.Type, out var type);
            if (hasType && (result.ContainsKey(Keywords.Language) || result.ContainsKey(Keywords.Direction)))
            {
                _session.Throw(JsonLdErrorCode.InvalidValueObject, "A value object cannot have both @type and @language or @direction.");
            }

            if (hasType && type is Keywords.Json)
            {
                // Step 15.2: a JSON literal may hold any value.
            }
            else if (value is null || value is List<object?> { Count: 0 })
            {
                // Step 15.3.
                return null;
            }
            else if (value is not string && result.ContainsKey(Keywords.Language))
            {
                // Step 15.4.
                _session.Throw(JsonLdErrorCode.InvalidLanguageTaggedValue, $"Only strings can have a language, not {JsonModel.Describe(value)}.");
            }
            else if (hasType && (type is not string t || !IriReference.IsAbsolute(t) || t.StartsWith("_:", StringComparison.Ordinal)))
            {
                // Step 15.5.
                _session.Throw(JsonLdErrorCode.InvalidTypedValue, $"The @type of a value must be an IRI, not {JsonModel.Describe(type)}.");
            }
        }
        else if (result.TryGetValue(Keywords.Type, out var type) && type is not List<object?>)
        {
            // Step 16.
            result[Keywords.Type] = new List<object?> { type };
        }
        else if (result.ContainsKey(Keywords.Set) || result.ContainsKey(Keywords.List))
        {
            // Step 17.
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey(Keywords.Index)))
            {
                _session.Throw(JsonLdErrorCode.InvalidSetOrListObject, "A set or list object can only have @index beside @set or @list.");
            }

            if (result.TryGetValue(Keywords.Set, out var set))
            {
                finished = set;
            }
        }

        // Step 18.
        if (finished is JsonMap m && m.Count == 1 && m.ContainsKey(Keywords.Language))
        {
            return null;
        }

        // Step 19.
        if (activeProperty is null or Keywords.Graph && finished is JsonMap top)
        {
            if (top.Count == 0 || top.ContainsKey(Keywords.Value) || top.ContainsKey(Keywords.List))
            {
                return null;
            }

            if (top.Count == 1 && top.ContainsKey(Keywords.Id))
            {
                return null;
            }
        }

        // Step 20.
        return finished;
    }

    /// <summary>What steps 13 and 14 share while they walk a node object and the objects nested in it.</summary>
    private sealed record NodeFrame(
        ActiveContext ActiveContext, ActiveContext TypeScopedContext, string? ActiveProperty, string? BaseUrl, string? InputType);
}
