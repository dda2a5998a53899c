using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Node Map Generation algorithm (JSON-LD 1.1 API §7.2.2): collects every node of an expanded document, by graph
/// and then by identifier, with its properties merged and nested nodes replaced by references; blank nodes get new
/// identifiers. The expanded input is read, not modified.
/// </summary>
internal sealed class NodeMapGeneration
{
    private readonly ProcessingSession _session;
    private readonly BlankNodeIdGenerator _ids;

    public NodeMapGeneration(ProcessingSession session, BlankNodeIdGenerator ids)
    {
        _session = session;
        _ids = ids;
    }

    /// <summary>A node map holding the <c>@default</c> graph and those of <paramref name="element"/>.</summary>
    public JsonMap Generate(object? element)
    {
        var nodeMap = new JsonMap { [Keywords.Default] = new JsonMap() };
        Generate(element, nodeMap, Keywords.Default, null, null, null);
        return nodeMap;
    }

    /// <param name="element">An expanded element.</param>
    /// <param name="nodeMap">The node map being built.</param>
    /// <param name="activeGraph">The graph name, <c>@default</c> for the default graph.</param>
    /// <param name="activeSubject">The subject's identifier, or a node reference when a reverse property is processed.</param>
    /// <param name="activeProperty">The property of the subject being processed.</param>
    /// <param name="list">The list object being filled, or null.</param>
    public void Generate(object? element, JsonMap nodeMap, string activeGraph, object? activeSubject, string? activeProperty, JsonMap? list)
    {
        // Step 1.
        if (element is List<object?> array)
        {
            foreach (var item in array)
            {
                Generate(item, nodeMap, activeGraph, activeSubject, activeProperty, list);
            }

            return;
        }

        if (element is not JsonMap map)
        {
            return;
        }

        // Step 2.
        if (!nodeMap.TryGetValue(activeGraph, out var g) || g is not JsonMap graph)
        {
            graph = [];
            nodeMap[activeGraph] = graph;
        }

        var subjectNode = activeSubject is string subjectId ? (JsonMap)graph[subjectId]! : null;

        // Step 3.
        List<object?>? types = null;
        if (map.TryGetValue(Keywords.Type, out var typeValue))
        {
            types = [];
            foreach (var item in JsonModel.AsList(typeValue))
            {
                types.Add(item is string t && BlankNodeIdGenerator.IsBlankNodeId(t) ? _ids.Generate(t) : item);
            }
        }

        if (map.ContainsKey(Keywords.Value))
        {
            // Step 4.
            if (list is null)
            {
                AddUnlessPresent(subjectNode!, activeProperty!, map);
            }
            else
            {
                ((List<object?>)list[Keywords.List]!).Add(map);
            }
        }
        else if (map.TryGetValue(Keywords.List, out var listValue))
        {
            // Step 5.
            var result = JsonMap.Of(Keywords.List, new List<object?>());
            Generate(listValue, nodeMap, activeGraph, activeSubject, activeProperty, result);
            if (list is null)
            {
                AppendTo(subjectNode!, activeProperty!, result);
            }
            else
            {
                ((List<object?>)list[Keywords.List]!).Add(result);
            }
        }
        else
        {
            GenerateNode(map, types, nodeMap, graph, activeGraph, activeSubject, subjectNode, activeProperty, list);
        }
    }

    /// <summary>Step 6: a node object.</summary>
    private void GenerateNode(
        JsonMap element,
        List<object?>? types,
        JsonMap nodeMap,
        JsonMap graph,
        string activeGraph,
        object? activeSubject,
        JsonMap? subjectNode,
        string? activeProperty,
        JsonMap? list)
    {
        // An @id that was dropped during expansion (it looked like a keyword) names no node: only the reference stays,
        // and RDF leaves it out as not well-formed.
        if (element.TryGetValue(Keywords.Id, out var nullId) && nullId is null)
        {
            if (activeProperty is not null && activeSubject is string && list is null)
            {
                AddUnlessPresent(subjectNode!, activeProperty, JsonMap.Of(Keywords.Id, null));
            }

            return;
        }

        // Steps 6.1 and 6.2.
        string id = element.Get(Keywords.Id) is string given
            ? (BlankNodeIdGenerator.IsBlankNodeId(given) ? _ids.Generate(given) : given)
            : _ids.Generate();

        // Steps 6.3 and 6.4.
        if (!graph.TryGetValue(id, out var n) || n is not JsonMap node)
        {
            node = JsonMap.Of(Keywords.Id, id);
            graph[id] = node;
        }

        if (activeSubject is JsonMap reverseSubject)
        {
            // Step 6.5.
            AddUnlessPresent(node, activeProperty!, reverseSubject);
        }
        else if (activeProperty is not null)
        {
            // Step 6.6.
            var reference = JsonMap.Of(Keywords.Id, id);
            if (list is null)
            {
                AddUnlessPresent(subjectNode!, activeProperty, reference);
            }
            else
            {
                ((List<object?>)list[Keywords.List]!).Add(reference);
            }
        }

        // Step 6.7.
        if (types is not null)
        {
            if (!node.TryGetValue(Keywords.Type, out var existing) || existing is not List<object?> nodeTypes)
            {
                nodeTypes = [];
                node[Keywords.Type] = nodeTypes;
            }

            foreach (var t in types)
            {
                if (!nodeTypes.Contains(t))
                {
                    nodeTypes.Add(t);
                }
            }
        }

        // Step 6.8.
        if (element.TryGetValue(Keywords.Index, out var index))
        {
            if (node.TryGetValue(Keywords.Index, out var existingIndex) && !JsonModel.DeepEquals(existingIndex, index))
            {
                _session.Throw(JsonLdErrorCode.ConflictingIndexes, $"The node {id} has two different indexes.");
            }

            node[Keywords.Index] = index;
        }

        // Step 6.9.
        if (element.TryGetValue(Keywords.Reverse, out var reverse) && reverse is JsonMap reverseMap)
        {
            var referencedNode = JsonMap.Of(Keywords.Id, id);
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in JsonModel.AsList(values))
                {
                    Generate(value, nodeMap, activeGraph, referencedNode, property, null);
                }
            }
        }

        // Step 6.10.
        if (element.TryGetValue(Keywords.Graph, out var graphValue))
        {
            Generate(graphValue, nodeMap, id, null, null, null);
        }

        // Step 6.11.
        if (element.TryGetValue(Keywords.Included, out var included))
        {
            Generate(included, nodeMap, activeGraph, null, null, null);
        }

        // Step 6.12: always in key order, so that blank node identifiers do not depend on the input's key order.
        var keys = System.Buffers.ArrayPool<string>.Shared.Rent(element.Count);
        int keyCount = element.Count;
        element.CopySortedKeysTo(keys);
        for (int k = 0; k < keyCount; k++)
        {
            var property = keys[k];
            if (property is Keywords.Id or Keywords.Type or Keywords.Index or Keywords.Reverse or Keywords.Graph or Keywords.Included)
            {
                continue;
            }

            var value = element[property];
            var name = BlankNodeIdGenerator.IsBlankNodeId(property) ? _ids.Generate(property) : property;
            if (!node.ContainsKey(name))
            {
                node[name] = new List<object?>();
            }

            Generate(value, nodeMap, activeGraph, id, name, null);
        }

        System.Buffers.ArrayPool<string>.Shared.Return(keys, clearArray: true);
    }

    private static void AddUnlessPresent(JsonMap node, string property, JsonMap value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not List<object?> values)
        {
            node[property] = new List<object?> { value };
            return;
        }

        foreach (var v in values)
        {
            if (JsonModel.DeepEquals(v, value))
            {
                return;
            }
        }

        values.Add(value);
    }

    private static void AppendTo(JsonMap node, string property, JsonMap value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not List<object?> values)
        {
            node[property] = new List<object?> { value };
            return;
        }

        values.Add(value);
    }
}
