using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>Steps 13 and 14 of the Expansion algorithm: the entries of a node object, and the objects nested in it.</summary>
internal sealed partial class Expansion
{
    /// <summary>Step 13.4's "expanded value" before any step sets it; distinct from null.</summary>
    private static readonly object s_undefined = new();

    private void ExpandEntries(NodeFrame frame, JsonMap element, JsonMap result)
    {
        var activeContext = frame.ActiveContext;
        List<string>? nests = null;

        // Step 13.
        if (_ordered)
        {
            foreach (var key in element.SortedKeys())
            {
                ExpandEntry(frame, key, element[key], result, ref nests);
            }
        }
        else
        {
            foreach (var (key, value) in element)
            {
                ExpandEntry(frame, key, value, result, ref nests);
            }
        }

        // Step 14.
        if (nests is null)
        {
            return;
        }

        if (_ordered)
        {
            nests.Sort(StringComparer.Ordinal);
        }

        foreach (var nestingKey in nests)
        {
            _trail.Push(nestingKey);

            // The nesting term's own scoped context applies to what it nests (as the suite's c037 and c038 show).
            var nestedFrame = frame;
            if (activeContext.GetTerm(nestingKey) is { HasLocalContext: true } nestDefinition)
            {
                nestedFrame = frame with
                {
                    ActiveContext = _contexts.Process(activeContext, nestDefinition.LocalContext, nestDefinition.BaseUrl, overrideProtected: true),
                };
            }

            var nestedValues = JsonModel.AsList(element[nestingKey]);
            for (int i = 0; i < nestedValues.Count; i++)
            {
                _trail.Push(i);
                if (nestedValues[i] is not JsonMap nested || HasValueKey(activeContext, nested))
                {
                    throw _session.Error(JsonLdErrorCode.InvalidNestValue, "A nested value must be an object that is not a value object.");
                }

                ExpandEntries(nestedFrame, nested, result);
                _trail.Pop();
            }

            _trail.Pop();
        }
    }

    /// <summary>Step 13 for one entry; keys that alias @nest are collected for step 14.</summary>
    private void ExpandEntry(NodeFrame frame, string key, object? value, JsonMap result, ref List<string>? nests)
    {
        // Step 13.1.
        if (key == Keywords.Context)
        {
            return;
        }

        // Steps 13.2 and 13.3.
        var expandedProperty = frame.ActiveContext.ExpandKey(key);
        if (expandedProperty is null)
        {
            return;
        }

        bool isKeyword = Keywords.IsKeyword(expandedProperty);
        if (!isKeyword && !expandedProperty.Contains(':', StringComparison.Ordinal))
        {
            return;
        }

        _trail.Push(key);
        try
        {
            if (isKeyword)
            {
                // Step 13.4.
                if (expandedProperty == Keywords.Nest)
                {
                    (nests ??= []).Add(key);
                }
                else
                {
                    ExpandKeyword(frame, expandedProperty, value, result);
                }
            }
            else
            {
                ExpandProperty(frame, key, expandedProperty, value, result);
            }
        }
        finally
        {
            _trail.Pop();
        }
    }

    private static bool HasValueKey(ActiveContext activeContext, JsonMap map)
    {
        foreach (var key in map.Keys)
        {
            if (activeContext.ExpandKey(key) == Keywords.Value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Step 13.4: an entry whose key expands to a keyword.</summary>
    private void ExpandKeyword(NodeFrame frame, string expandedProperty, object? value, JsonMap result)
    {
        var activeContext = frame.ActiveContext;

        // Step 13.4.1.
        if (frame.ActiveProperty == Keywords.Reverse)
        {
            _session.Throw(JsonLdErrorCode.InvalidReversePropertyMap, $"A reverse property map cannot hold the keyword {expandedProperty}.");
        }

        // Step 13.4.2.
        if (result.ContainsKey(expandedProperty)
            && !(expandedProperty == Keywords.Included || (expandedProperty == Keywords.Type && !activeContext.IsJsonLd10)))
        {
            _session.Throw(JsonLdErrorCode.CollidingKeywords, $"{expandedProperty} appears twice (through an alias).");
        }

        object? expandedValue = s_undefined;
        switch (expandedProperty)
        {
            case Keywords.Id:
                // Step 13.4.3.
                if (value is not string id)
                {
                    throw _session.Error(JsonLdErrorCode.InvalidIdValue, $"@id must be a string, not {JsonModel.Describe(value)}.");
                }

                expandedValue = IriExpansion.Expand(activeContext, id, documentRelative: true, vocab: false);
                break;

            case Keywords.Type:
                // Step 13.4.4.
                expandedValue = ExpandTypeValue(frame, value);
                if (result.TryGetValue(Keywords.Type, out var existingTypes))
                {
                    var combined = new List<object?>(JsonModel.AsList(existingTypes));
                    combined.AddRange(JsonModel.AsList(expandedValue));
                    expandedValue = combined;
                }

                break;

            case Keywords.Graph:
                // Step 13.4.5.
                expandedValue = JsonModel.AsList(Expand(activeContext, Keywords.Graph, value, frame.BaseUrl));
                break;

            case Keywords.Included:
            {
                // Step 13.4.6.
                if (activeContext.IsJsonLd10)
                {
                    return;
                }

                // A value that expands to nothing (a dropped scalar or value object) is as wrong as a value object.
                var expandedIncluded = Expand(activeContext, null, value, frame.BaseUrl);
                var included = expandedIncluded as List<object?> ?? [expandedIncluded];
                foreach (var item in included)
                {
                    if (item is not JsonMap node || node.ContainsKey(Keywords.Value) || node.ContainsKey(Keywords.List) || node.ContainsKey(Keywords.Set))
                    {
                        _session.Throw(JsonLdErrorCode.InvalidIncludedValue, "@included may only hold node objects.");
                    }
                }

                if (result.TryGetValue(Keywords.Included, out var existing))
                {
                    var combined = new List<object?>(JsonModel.AsList(existing));
                    combined.AddRange(included);
                    included = combined;
                }

                expandedValue = included;
                break;
            }

            case Keywords.Value:
                // Step 13.4.7.
                if (frame.InputType == Keywords.Json)
                {
                    if (activeContext.IsJsonLd10)
                    {
                        _session.Throw(JsonLdErrorCode.InvalidValueObjectValue, "JSON literals are not allowed in processing mode json-ld-1.0.");
                    }
                }
                else if (value is JsonMap or List<object?>)
                {
                    _session.Throw(JsonLdErrorCode.InvalidValueObjectValue, $"@value must be a string, number, boolean or null, not {JsonModel.Describe(value)}.");
                }

                result[Keywords.Value] = value;
                return;

            case Keywords.Language:
                // Step 13.4.8.
                if (value is not string language)
                {
                    throw _session.Error(JsonLdErrorCode.InvalidLanguageTaggedString, $"@language must be a string, not {JsonModel.Describe(value)}.");
                }

                expandedValue = language;
                break;

            case Keywords.Direction:
                // Step 13.4.9.
                if (activeContext.IsJsonLd10)
                {
                    return;
                }

                if (value is not ("ltr" or "rtl"))
                {
                    throw _session.Error(JsonLdErrorCode.InvalidBaseDirection, $"@direction must be \"ltr\" or \"rtl\", not {JsonModel.Describe(value)}.");
                }

                expandedValue = value;
                break;

            case Keywords.Index:
                // Step 13.4.10.
                if (value is not string)
                {
                    throw _session.Error(JsonLdErrorCode.InvalidIndexValue, $"@index must be a string, not {JsonModel.Describe(value)}.");
                }

                expandedValue = value;
                break;

            case Keywords.List:
                // Step 13.4.11.
                if (frame.ActiveProperty is null or Keywords.Graph)
                {
                    return;
                }

                expandedValue = AsArray(Expand(activeContext, frame.ActiveProperty, value, frame.BaseUrl));
                break;

            case Keywords.Set:
                // Step 13.4.12.
                expandedValue = Expand(activeContext, frame.ActiveProperty, value, frame.BaseUrl);
                break;

            case Keywords.Reverse:
                // Step 13.4.13.
                ExpandReverse(frame, value, result);
                return;

            default:
                // Steps 13.4.15 to 13.4.17: framing keywords outside frame expansion, and context keywords, are dropped.
                return;
        }

        // Step 13.4.16: null is kept (an @id that looked like a keyword, a @set of nothing); only "no value" is not.
        if (!ReferenceEquals(expandedValue, s_undefined))
        {
            result[expandedProperty] = expandedValue;
        }
    }

    private static List<object?> AsArray(object? value) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => [value],
    };

    private object ExpandTypeValue(NodeFrame frame, object? value)
    {
        // Step 13.4.4.1.
        if (value is string s)
        {
            return frame.TypeScopedContext.ExpandType(s)!;
        }

        if (value is List<object?> list)
        {
            var expanded = new List<object?>(list.Count);
            foreach (var item in list)
            {
                if (item is not string type)
                {
                    throw _session.Error(JsonLdErrorCode.InvalidTypeValue, $"@type values must be strings, not {JsonModel.Describe(item)}.");
                }

                // Step 13.4.4.4.
                expanded.Add(frame.TypeScopedContext.ExpandType(type));
            }

            return expanded;
        }

        throw _session.Error(JsonLdErrorCode.InvalidTypeValue, $"@type must be a string or an array of strings, not {JsonModel.Describe(value)}.");
    }

    private void ExpandReverse(NodeFrame frame, object? value, JsonMap result)
    {
        // Step 13.4.13.1.
        if (value is not JsonMap)
        {
            _session.Throw(JsonLdErrorCode.InvalidReverseValue, $"@reverse must be an object, not {JsonModel.Describe(value)}.");
        }

        // Step 13.4.13.2.
        var expanded = Expand(frame.ActiveContext, Keywords.Reverse, value, frame.BaseUrl) as JsonMap;
        if (expanded is null)
        {
            return;
        }

        // Step 13.4.13.3.
        if (expanded.TryGetValue(Keywords.Reverse, out var doubleReversed) && doubleReversed is JsonMap reversedTwice)
        {
            foreach (var (property, item) in reversedTwice)
            {
                AddValue(result, property, item, asArray: true);
            }
        }

        // Step 13.4.13.4.
        JsonMap? reverseMap = null;
        foreach (var (property, items) in expanded)
        {
            if (property == Keywords.Reverse)
            {
                continue;
            }

            if (reverseMap is null)
            {
                if (result.TryGetValue(Keywords.Reverse, out var existing) && existing is JsonMap existingMap)
                {
                    reverseMap = existingMap;
                }
                else
                {
                    reverseMap = [];
                    result[Keywords.Reverse] = reverseMap;
                }
            }

            foreach (var item in JsonModel.AsList(items))
            {
                if (item is JsonMap m && (m.ContainsKey(Keywords.Value) || m.ContainsKey(Keywords.List)))
                {
                    _session.Throw(JsonLdErrorCode.InvalidReversePropertyValue, "A reverse property cannot have a value or list object.");
                }

                AddValue(reverseMap, property, item, asArray: true);
            }
        }
    }

    /// <summary>Steps 13.5 to 13.14: an entry whose key expands to an IRI.</summary>
    private void ExpandProperty(NodeFrame frame, string key, string expandedProperty, object? value, JsonMap result)
    {
        var activeContext = frame.ActiveContext;
        var definition = activeContext.GetTerm(key);

        // Step 13.5.
        var container = definition?.Container ?? ContainerMapping.None;
        object? expandedValue;
        if (definition?.TypeMapping == Keywords.Json)
        {
            // Step 13.6.
            expandedValue = JsonMap.Of(Keywords.Value, value, Keywords.Type, Keywords.Json);
        }
        else if (container.HasFlag(ContainerMapping.Language) && value is JsonMap languageMap)
        {
            // Step 13.7.
            expandedValue = ExpandLanguageMap(activeContext, definition!, languageMap);
        }
        else if ((container & (ContainerMapping.Index | ContainerMapping.Type | ContainerMapping.Id)) != 0 && value is JsonMap indexMap)
        {
            // Step 13.8.
            expandedValue = ExpandIndexMap(frame, key, definition!, indexMap);
        }
        else
        {
            // Step 13.9.
            expandedValue = Expand(activeContext, key, value, frame.BaseUrl);
        }

        // Step 13.10.
        if (expandedValue is null)
        {
            return;
        }

        // Step 13.11.
        if (container.HasFlag(ContainerMapping.List) && !(expandedValue is JsonMap lm && lm.ContainsKey(Keywords.List)))
        {
            expandedValue = JsonMap.Of(Keywords.List, JsonModel.AsList(expandedValue));
        }

        // Step 13.12.
        if (container.HasFlag(ContainerMapping.Graph) && (container & (ContainerMapping.Id | ContainerMapping.Index)) == 0)
        {
            var items = JsonModel.AsList(expandedValue);
            var graphs = new List<object?>(items.Count);
            foreach (var ev in items)
            {
                graphs.Add(JsonMap.Of(Keywords.Graph, JsonModel.AsList(ev)));
            }

            expandedValue = graphs;
        }

        if (definition is { IsReverseProperty: true })
        {
            // Step 13.13.
            if (!result.TryGetValue(Keywords.Reverse, out var rm) || rm is not JsonMap reverseMap)
            {
                reverseMap = [];
                result[Keywords.Reverse] = reverseMap;
            }

            foreach (var item in JsonModel.AsList(expandedValue))
            {
                if (item is JsonMap m && (m.ContainsKey(Keywords.Value) || m.ContainsKey(Keywords.List)))
                {
                    _session.Throw(JsonLdErrorCode.InvalidReversePropertyValue, "A reverse property cannot have a value or list object.");
                }

                AddValue(reverseMap, expandedProperty, item, asArray: true);
            }
        }
        else if (expandedValue is List<object?> fresh && !result.ContainsKey(expandedProperty))
        {
            // Step 13.14, first values of the property: the fresh array is the entry.
            result[expandedProperty] = fresh;
        }
        else
        {
            // Step 13.14.
            AddValue(result, expandedProperty, expandedValue, asArray: true);
        }
    }

    private List<object?> ExpandLanguageMap(ActiveContext activeContext, TermDefinition definition, JsonMap languageMap)
    {
        // Steps 13.7.1 to 13.7.3.
        var expanded = new List<object?>();
        var direction = definition.HasDirection ? definition.Direction : activeContext.DefaultDirection;

        // Step 13.7.4.
        foreach (var language in languageMap.KeysInOrder(_ordered))
        {
            _trail.Push(language);
            var values = JsonModel.AsList(languageMap[language]);
            bool isNone = language == Keywords.None || activeContext.ExpandKey(language) == Keywords.None;
            foreach (var item in values)
            {
                if (item is null)
                {
                    continue;
                }

                if (item is not string s)
                {
                    throw _session.Error(JsonLdErrorCode.InvalidLanguageMapValue, $"A language map holds strings, not {JsonModel.Describe(item)}.");
                }

                var v = JsonMap.Of(Keywords.Value, s);
                if (!isNone)
                {
                    v[Keywords.Language] = language;
                }

                if (direction is not null)
                {
                    v[Keywords.Direction] = direction;
                }

                expanded.Add(v);
            }

            _trail.Pop();
        }

        return expanded;
    }

    private List<object?> ExpandIndexMap(NodeFrame frame, string key, TermDefinition definition, JsonMap indexMap)
    {
        var activeContext = frame.ActiveContext;
        var container = definition.Container;

        // Steps 13.8.1 and 13.8.2.
        var expanded = new List<object?>();
        var indexKey = definition.IndexMapping ?? Keywords.Index;

        // Step 13.8.3.
        foreach (var index in indexMap.KeysInOrder(_ordered))
        {
            _trail.Push(index);
            var indexValue = indexMap[index];

            // Steps 13.8.3.1 to 13.8.3.3.
            ActiveContext mapContext;
            if ((container & (ContainerMapping.Id | ContainerMapping.Type)) != 0)
            {
                mapContext = activeContext.PreviousContext ?? activeContext;
                if (container.HasFlag(ContainerMapping.Type) && mapContext.GetTerm(index) is { HasLocalContext: true } indexDefinition)
                {
                    mapContext = _contexts.Process(mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl);
                }
            }
            else
            {
                mapContext = activeContext;
            }

            // Step 13.8.3.4.
            var expandedIndex = activeContext.ExpandKey(index);

            // Steps 13.8.3.5 and 13.8.3.6.
            var items = AsArray(Expand(mapContext, key, JsonModel.AsList(indexValue), frame.BaseUrl, fromMap: true));

            // Step 13.8.3.7.
            foreach (var entry in items)
            {
                var item = entry;

                // Step 13.8.3.7.1.
                if (container.HasFlag(ContainerMapping.Graph) && !IsGraphObject(item))
                {
                    item = JsonMap.Of(Keywords.Graph, JsonModel.AsList(item));
                }

                var itemMap = (JsonMap)item!;
                if (container.HasFlag(ContainerMapping.Index) && indexKey != Keywords.Index && expandedIndex != Keywords.None)
                {
                    // Step 13.8.3.7.2.
                    var reExpandedIndex = ValueExpansion.Expand(activeContext, indexKey, index);
                    var expandedIndexKey = activeContext.ExpandKey(indexKey)!;
                    var indexPropertyValues = new List<object?> { reExpandedIndex };
                    if (itemMap.TryGetValue(expandedIndexKey, out var existing))
                    {
                        indexPropertyValues.AddRange(JsonModel.AsList(existing));
                    }

                    itemMap[expandedIndexKey] = indexPropertyValues;
                    if (itemMap.ContainsKey(Keywords.Value))
                    {
                        _session.Throw(JsonLdErrorCode.InvalidValueObject, $"A value in a property-valued index cannot get the property {indexKey}.");
                    }
                }
                else if (container.HasFlag(ContainerMapping.Index) && !itemMap.ContainsKey(Keywords.Index) && expandedIndex != Keywords.None)
                {
                    // Step 13.8.3.7.3.
                    itemMap[Keywords.Index] = index;
                }
                else if (container.HasFlag(ContainerMapping.Id) && !itemMap.ContainsKey(Keywords.Id) && expandedIndex != Keywords.None)
                {
                    // Step 13.8.3.7.4.
                    itemMap[Keywords.Id] = IriExpansion.Expand(activeContext, index, documentRelative: true, vocab: false);
                }
                else if (container.HasFlag(ContainerMapping.Type) && expandedIndex != Keywords.None)
                {
                    // Step 13.8.3.7.5.
                    var types = new List<object?> { expandedIndex };
                    if (itemMap.TryGetValue(Keywords.Type, out var existingTypes))
                    {
                        types.AddRange(JsonModel.AsList(existingTypes));
                    }

                    itemMap[Keywords.Type] = types;
                }

                // Step 13.8.3.7.6.
                expanded.Add(itemMap);
            }

            _trail.Pop();
        }

        return expanded;
    }

    /// <summary>A graph object: a map with <c>@graph</c> and at most <c>@id</c>, <c>@index</c> and <c>@context</c> beside it.</summary>
    internal static bool IsGraphObject(object? value)
    {
        if (value is not JsonMap map || !map.ContainsKey(Keywords.Graph))
        {
            return false;
        }

        foreach (var key in map.Keys)
        {
            if (key is not (Keywords.Graph or Keywords.Id or Keywords.Index or Keywords.Context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The spec's <c>add value</c> macro.</summary>
    internal static void AddValue(JsonMap map, string key, object? value, bool asArray)
    {
        // Step 1.
        if (asArray && (!map.TryGetValue(key, out var current) || current is not List<object?>))
        {
            map[key] = map.TryGetValue(key, out var original) ? new List<object?> { original } : [];
        }

        // Step 2.
        if (value is List<object?> values)
        {
            foreach (var v in values)
            {
                AddValue(map, key, v, asArray);
            }

            return;
        }

        // Step 3.
        if (!map.TryGetValue(key, out var existing))
        {
            map[key] = value;
        }
        else if (existing is List<object?> list)
        {
            list.Add(value);
        }
        else
        {
            map[key] = new List<object?> { existing, value };
        }
    }
}
