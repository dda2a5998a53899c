using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Compaction algorithm (JSON-LD 1.1 API §6.1.2): applies a context to an expanded document, choosing terms, compact
/// IRIs and keyword aliases, turning values into plain JSON where term definitions allow, and reshaping values into
/// the maps and lists that container mappings ask for. The expanded input is not modified.
/// </summary>
internal sealed class Compaction
{
    private readonly ProcessingSession _session;
    private readonly ContextProcessor _contexts;
    private readonly bool _compactArrays;
    private readonly bool _ordered;

    public Compaction(ProcessingSession session, ContextProcessor contexts, bool compactArrays, bool ordered)
    {
        _session = session;
        _contexts = contexts;
        _compactArrays = compactArrays;
        _ordered = ordered;
    }

    public object? Compact(ActiveContext activeContext, string? activeProperty, object? element)
    {
        // Step 1.
        var typeScopedContext = activeContext;

        // Step 2.
        if (element is not (JsonMap or List<object?>))
        {
            return element;
        }

        // Step 3.
        if (element is List<object?> array)
        {
            var result = new List<object?>(array.Count);
            foreach (var item in array)
            {
                var compactedItem = Compact(activeContext, activeProperty, item);
                if (compactedItem is not null)
                {
                    result.Add(compactedItem);
                }
            }

            var container = activeContext.GetTerm(activeProperty)?.Container ?? ContainerMapping.None;
            if (result.Count != 1 || !_compactArrays || activeProperty is Keywords.Graph or Keywords.Set
                || (container & (ContainerMapping.List | ContainerMapping.Set)) != 0)
            {
                return result;
            }

            return result[0];
        }

        // Step 4.
        var map = (JsonMap)element;

        // Step 5. The active property's definition is looked up first: a term from a type-scoped context keeps its
        // property-scoped context inside the node it points to (the suite's compact c013).
        var propertyDefinition = activeContext.GetTerm(activeProperty);
        if (activeContext.PreviousContext is not null && !map.ContainsKey(Keywords.Value) && !(map.Count == 1 && map.ContainsKey(Keywords.Id)))
        {
            activeContext = activeContext.PreviousContext;
        }

        // Step 6.
        if (propertyDefinition is { HasLocalContext: true })
        {
            activeContext = _contexts.Process(activeContext, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
            propertyDefinition = activeContext.GetTerm(activeProperty);
        }

        // Step 7.
        if (map.ContainsKey(Keywords.Value) || map.ContainsKey(Keywords.Id))
        {
            var compactedValue = ValueCompaction.Compact(activeContext, activeProperty, map);
            if (JsonModel.IsScalar(compactedValue) || propertyDefinition?.TypeMapping == Keywords.Json)
            {
                return compactedValue;
            }
        }

        // Step 8.
        var propertyContainer = propertyDefinition?.Container ?? ContainerMapping.None;
        if (map.TryGetValue(Keywords.List, out var listValue) && propertyContainer.HasFlag(ContainerMapping.List))
        {
            return Compact(activeContext, activeProperty, listValue);
        }

        // Steps 9 and 10.
        bool insideReverse = activeProperty == Keywords.Reverse;
        var output = new JsonMap(map.Count);

        // Step 11 (only a context with scoped contexts can change here).
        if (typeScopedContext.HasScopedContexts && map.TryGetValue(Keywords.Type, out var types))
        {
            var compactedTypes = new List<string>();
            foreach (var t in JsonModel.AsList(types))
            {
                if (IriCompaction.Compact(activeContext, t as string, vocab: true) is { } ct)
                {
                    compactedTypes.Add(ct);
                }
            }

            compactedTypes.Sort(StringComparer.Ordinal);
            foreach (var term in compactedTypes)
            {
                if (typeScopedContext.GetTerm(term) is { HasLocalContext: true } typeDefinition)
                {
                    activeContext = _contexts.Process(activeContext, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
                }
            }
        }

        // Step 12.
        if (_ordered)
        {
            foreach (var expandedProperty in map.SortedKeys())
            {
                CompactEntry(activeContext, typeScopedContext, activeProperty, propertyContainer, insideReverse, expandedProperty, map[expandedProperty], output);
            }
        }
        else
        {
            foreach (var (expandedProperty, expandedValue) in map)
            {
                CompactEntry(activeContext, typeScopedContext, activeProperty, propertyContainer, insideReverse, expandedProperty, expandedValue, output);
            }
        }

        // Step 13.
        return output;
    }

    private void CompactEntry(
        ActiveContext activeContext,
        ActiveContext typeScopedContext,
        string? activeProperty,
        ContainerMapping propertyContainer,
        bool insideReverse,
        string expandedProperty,
        object? expandedValue,
        JsonMap result)
    {
        switch (expandedProperty)
        {
            case Keywords.Id:
            {
                // Step 12.1.
                var compactedValue = expandedValue is string id ? IriCompaction.Compact(activeContext, id, vocab: false) : expandedValue;
                result[Alias(activeContext, Keywords.Id)] = compactedValue;
                return;
            }

            case Keywords.Type:
            {
                // Step 12.2.
                object? compactedValue = expandedValue switch
                {
                    string s => IriCompaction.Compact(typeScopedContext, s, vocab: true),
                    List<object?> list => list.Select(x => (object?)IriCompaction.Compact(typeScopedContext, x as string, vocab: true)).ToList(),
                    _ => expandedValue,
                };
                var alias = Alias(activeContext, Keywords.Type);
                bool asArray = (!activeContext.IsJsonLd10 && activeContext.GetTerm(alias) is { } aliasDefinition
                    && aliasDefinition.Container.HasFlag(ContainerMapping.Set)) || !_compactArrays;
                Expansion.AddValue(result, alias, compactedValue, asArray);
                return;
            }

            case Keywords.Reverse:
            {
                // Step 12.3.
                if (Compact(activeContext, Keywords.Reverse, expandedValue) is not JsonMap compactedValue)
                {
                    return;
                }

                foreach (var property in compactedValue.Keys.ToList())
                {
                    if (activeContext.GetTerm(property) is { IsReverseProperty: true } reverseDefinition)
                    {
                        bool asArray = reverseDefinition.Container.HasFlag(ContainerMapping.Set) || !_compactArrays;
                        Expansion.AddValue(result, property, compactedValue[property], asArray);
                        compactedValue.Remove(property);
                    }
                }

                if (compactedValue.Count > 0)
                {
                    result[Alias(activeContext, Keywords.Reverse)] = compactedValue;
                }

                return;
            }

            case Keywords.Preserve:
            {
                // Step 12.4.
                var compactedValue = Compact(activeContext, activeProperty, expandedValue);
                if (!(expandedValue is List<object?> { Count: 0 }))
                {
                    result[Keywords.Preserve] = compactedValue;
                }

                return;
            }

            case Keywords.Index when propertyContainer.HasFlag(ContainerMapping.Index):
                // Step 12.5.
                return;

            case Keywords.Direction or Keywords.Index or Keywords.Language or Keywords.Value:
                // Step 12.6.
                result[Alias(activeContext, expandedProperty)] = expandedValue;
                return;
        }

        var items = JsonModel.AsList(expandedValue);

        // Step 12.7.
        if (items.Count == 0)
        {
            var itemActiveProperty = IriCompaction.Compact(activeContext, expandedProperty, expandedValue, vocab: true, reverse: insideReverse)!;
            var nestResult = NestResult(activeContext, itemActiveProperty, result);
            Expansion.AddValue(nestResult, itemActiveProperty, new List<object?>(), asArray: true);
            return;
        }

        // Step 12.8.
        foreach (var expandedItem in items)
        {
            CompactItem(activeContext, insideReverse, expandedProperty, expandedItem, result);
        }
    }

    /// <summary>Steps 12.8.1 to 12.8.10: one value of a property.</summary>
    private void CompactItem(ActiveContext activeContext, bool insideReverse, string expandedProperty, object? expandedItem, JsonMap result)
    {
        // Steps 12.8.1 to 12.8.3.
        var itemActiveProperty = IriCompaction.Compact(activeContext, expandedProperty, expandedItem, vocab: true, reverse: insideReverse)!;
        var nestResult = NestResult(activeContext, itemActiveProperty, result);
        var itemDefinition = activeContext.GetTerm(itemActiveProperty);

        // Steps 12.8.4 and 12.8.5.
        var container = itemDefinition?.Container ?? ContainerMapping.None;
        bool asArray = container.HasFlag(ContainerMapping.Set) || itemActiveProperty is Keywords.Graph or Keywords.List || !_compactArrays;

        // Step 12.8.6.
        var itemMap = expandedItem as JsonMap;
        bool isList = itemMap is not null && itemMap.ContainsKey(Keywords.List);
        bool isGraph = Expansion.IsGraphObject(expandedItem);
        var compactedItem = Compact(
            activeContext,
            itemActiveProperty,
            isList ? itemMap![Keywords.List] : isGraph ? itemMap![Keywords.Graph] : expandedItem);

        if (isList)
        {
            // Step 12.8.7.
            var listItems = compactedItem as List<object?> ?? [compactedItem];
            if (!container.HasFlag(ContainerMapping.List))
            {
                var listObject = JsonMap.Of(Alias(activeContext, Keywords.List), listItems);
                if (itemMap!.TryGetValue(Keywords.Index, out var index))
                {
                    listObject[Alias(activeContext, Keywords.Index)] = index;
                }

                Expansion.AddValue(nestResult, itemActiveProperty, listObject, asArray);
            }
            else if (!nestResult.ContainsKey(itemActiveProperty))
            {
                nestResult[itemActiveProperty] = listItems;
            }
            else
            {
                // A list container holds one list. The spec overwrites the first with a second one; this keeps the
                // second as a list object under a key that has no list container (a compact IRI or the IRI).
                var key = IriCompaction.Compact(activeContext, expandedProperty, null, vocab: true)!;
                if (key == itemActiveProperty)
                {
                    key = expandedProperty;
                }

                // Compacted again for the new key, so that lists inside it are list objects, not bare arrays.
                var items = Compact(activeContext, key, itemMap![Keywords.List]);
                var listObject = JsonMap.Of(Alias(activeContext, Keywords.List), items as List<object?> ?? [items]);
                Expansion.AddValue(nestResult, key, listObject, container.HasFlag(ContainerMapping.Set) || !_compactArrays);
            }

            return;
        }

        if (isGraph)
        {
            CompactGraphItem(activeContext, itemMap!, itemActiveProperty, container, asArray, compactedItem, nestResult);
            return;
        }

        if ((container & (ContainerMapping.Language | ContainerMapping.Index | ContainerMapping.Id | ContainerMapping.Type)) != 0
            && !container.HasFlag(ContainerMapping.Graph))
        {
            // Step 12.8.9.
            CompactMapItem(activeContext, itemMap, itemDefinition!, itemActiveProperty, container, asArray, compactedItem, nestResult);
            return;
        }

        // Step 12.8.10.
        Expansion.AddValue(nestResult, itemActiveProperty, compactedItem, asArray);
    }

    /// <summary>Step 12.8.8: a graph object.</summary>
    private void CompactGraphItem(
        ActiveContext activeContext,
        JsonMap expandedItem,
        string itemActiveProperty,
        ContainerMapping container,
        bool asArray,
        object? compactedItem,
        JsonMap nestResult)
    {
        bool simpleGraph = !expandedItem.ContainsKey(Keywords.Id);
        if (container.HasFlag(ContainerMapping.Graph) && container.HasFlag(ContainerMapping.Id))
        {
            // Step 12.8.8.1.
            var mapObject = MapObject(nestResult, itemActiveProperty);
            var mapKey = expandedItem.Get(Keywords.Id) is string id
                ? IriCompaction.Compact(activeContext, id, vocab: false)!
                : Alias(activeContext, Keywords.None);
            Expansion.AddValue(mapObject, mapKey, compactedItem, asArray);
        }
        else if (container.HasFlag(ContainerMapping.Graph) && container.HasFlag(ContainerMapping.Index) && simpleGraph)
        {
            // Step 12.8.8.2.
            var mapObject = MapObject(nestResult, itemActiveProperty);
            var mapKey = expandedItem.Get(Keywords.Index) as string ?? Alias(activeContext, Keywords.None);
            Expansion.AddValue(mapObject, mapKey, compactedItem, asArray);
        }
        else if (container.HasFlag(ContainerMapping.Graph) && simpleGraph)
        {
            // Step 12.8.8.3.
            if (compactedItem is List<object?> { Count: > 1 })
            {
                compactedItem = JsonMap.Of(Alias(activeContext, Keywords.Included), compactedItem);
            }

            Expansion.AddValue(nestResult, itemActiveProperty, compactedItem, asArray);
        }
        else
        {
            // Step 12.8.8.4.
            var graphObject = JsonMap.Of(Alias(activeContext, Keywords.Graph), compactedItem);
            if (expandedItem.Get(Keywords.Id) is string id)
            {
                graphObject[Alias(activeContext, Keywords.Id)] = IriCompaction.Compact(activeContext, id, vocab: false);
            }

            if (expandedItem.TryGetValue(Keywords.Index, out var index))
            {
                graphObject[Alias(activeContext, Keywords.Index)] = index;
            }

            Expansion.AddValue(nestResult, itemActiveProperty, graphObject, asArray);
        }
    }

    /// <summary>Step 12.8.9: a value of a language, index, id or type map.</summary>
    private void CompactMapItem(
        ActiveContext activeContext,
        JsonMap? expandedItem,
        TermDefinition itemDefinition,
        string itemActiveProperty,
        ContainerMapping container,
        bool asArray,
        object? compactedItem,
        JsonMap nestResult)
    {
        // Steps 12.8.9.1 to 12.8.9.3.
        var mapObject = MapObject(nestResult, itemActiveProperty);
        string containerKey = Alias(
            activeContext,
            container.HasFlag(ContainerMapping.Language) ? Keywords.Language
            : container.HasFlag(ContainerMapping.Index) ? Keywords.Index
            : container.HasFlag(ContainerMapping.Id) ? Keywords.Id
            : Keywords.Type);
        var indexKey = itemDefinition.IndexMapping ?? Keywords.Index;
        string? mapKey = null;

        if (container.HasFlag(ContainerMapping.Language) && expandedItem is not null && expandedItem.TryGetValue(Keywords.Value, out var value))
        {
            // Step 12.8.9.4.
            compactedItem = value;
            mapKey = expandedItem.Get(Keywords.Language) as string;
        }
        else if (container.HasFlag(ContainerMapping.Index) && indexKey == Keywords.Index)
        {
            // Step 12.8.9.5.
            mapKey = expandedItem?.Get(Keywords.Index) as string;
        }
        else if (container.HasFlag(ContainerMapping.Index))
        {
            // Step 12.8.9.6.
            // The key is the compacted item's key that expands like the index mapping. Compacting the mapping again
            // without the value could pick another term or compact IRI (the suite's compact t0112 to t0114).
            containerKey = FindKeyExpandingTo(activeContext, compactedItem as JsonMap, indexKey);
            mapKey = TakeFirst(compactedItem as JsonMap, containerKey);
        }
        else if (container.HasFlag(ContainerMapping.Id))
        {
            // Step 12.8.9.7.
            if (compactedItem is JsonMap compactedMap && compactedMap.TryGetValue(containerKey, out var idValue))
            {
                mapKey = idValue as string;
                compactedMap.Remove(containerKey);
            }
        }
        else if (container.HasFlag(ContainerMapping.Type))
        {
            // Step 12.8.9.8.
            var compactedMap = compactedItem as JsonMap;
            mapKey = TakeFirst(compactedMap, containerKey);
            if (compactedMap is { Count: 1 } && expandedItem is not null
                && IriExpansion.Expand(activeContext, compactedMap.Keys.First(), vocab: true) == Keywords.Id)
            {
                compactedItem = Compact(activeContext, itemActiveProperty, JsonMap.Of(Keywords.Id, expandedItem[Keywords.Id]));
            }
        }

        // Steps 12.8.9.9 and 12.8.9.10.
        mapKey ??= Alias(activeContext, Keywords.None);
        Expansion.AddValue(mapObject, mapKey, compactedItem, asArray);
    }

    private static string FindKeyExpandingTo(ActiveContext activeContext, JsonMap? map, string indexKey)
    {
        if (map is null || map.ContainsKey(indexKey))
        {
            return indexKey;
        }

        var iri = IriExpansion.Expand(activeContext, indexKey, vocab: true);
        foreach (var key in map.Keys)
        {
            if (IriExpansion.Expand(activeContext, key, vocab: true) == iri)
            {
                return key;
            }
        }

        return indexKey;
    }

    /// <summary>Takes the first value of <paramref name="key"/> from the map (as a map key), leaving the others.</summary>
    private static string? TakeFirst(JsonMap? map, string key)
    {
        if (map is null || !map.TryGetValue(key, out var values))
        {
            return null;
        }

        var list = JsonModel.AsList(values);
        if (list.Count == 0 || list[0] is not string first)
        {
            // Not a string: it cannot be a map key, so the value keeps it and goes under @none.
            return null;
        }

        map.Remove(key);
        if (list.Count > 1)
        {
            Expansion.AddValue(map, key, list.GetRange(1, list.Count - 1), asArray: false);
        }

        return first;
    }

    /// <summary>Steps 12.7.2/12.8.2: where a property's values go, the node itself or the map of its nesting term.</summary>
    private JsonMap NestResult(ActiveContext activeContext, string itemActiveProperty, JsonMap result)
    {
        if (activeContext.GetTerm(itemActiveProperty) is not { NestValue: { } nestTerm })
        {
            return result;
        }

        if (nestTerm != Keywords.Nest && IriExpansion.Expand(activeContext, nestTerm, vocab: true) != Keywords.Nest)
        {
            _session.Throw(JsonLdErrorCode.InvalidNestValue, $"The nesting term \"{nestTerm}\" of \"{itemActiveProperty}\" does not expand to @nest.");
        }

        return MapObject(result, nestTerm);
    }

    private static JsonMap MapObject(JsonMap result, string key)
    {
        if (result.TryGetValue(key, out var existing) && existing is JsonMap map)
        {
            return map;
        }

        var created = new JsonMap();
        result[key] = created;
        return created;
    }

    /// <summary>The keyword or its alias.</summary>
    private static string Alias(ActiveContext activeContext, string keyword) => activeContext.CompactKeyword(keyword);
}
