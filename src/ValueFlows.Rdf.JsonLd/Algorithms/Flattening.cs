using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Flattening algorithm (JSON-LD 1.1 API §7.1.2): the node map as an array of node objects, named graphs nested in
/// the node that names them, nodes that hold nothing but their <c>@id</c> left out.
/// </summary>
internal sealed class Flattening
{
    private readonly NodeMapGeneration _nodeMaps;

    public Flattening(NodeMapGeneration nodeMaps)
    {
        _nodeMaps = nodeMaps;
    }

    public List<object?> Flatten(object? element, bool ordered)
    {
        // Steps 1 to 3.
        var nodeMap = _nodeMaps.Generate(element);
        var defaultGraph = (JsonMap)nodeMap[Keywords.Default]!;

        // Step 4.
        foreach (var graphName in nodeMap.KeysInOrder(ordered))
        {
            if (graphName == Keywords.Default)
            {
                continue;
            }

            if (!defaultGraph.TryGetValue(graphName, out var e) || e is not JsonMap entry)
            {
                entry = JsonMap.Of(Keywords.Id, graphName);
                defaultGraph[graphName] = entry;
            }

            var graph = (JsonMap)nodeMap[graphName]!;
            var nodes = new List<object?>(graph.Count);
            foreach (var id in graph.KeysInOrder(ordered))
            {
                if (graph[id] is JsonMap node && !IsOnlyId(node))
                {
                    nodes.Add(node);
                }
            }

            entry[Keywords.Graph] = nodes;
        }

        // Steps 5 and 6.
        var flattened = new List<object?>(defaultGraph.Count);
        foreach (var id in defaultGraph.KeysInOrder(ordered))
        {
            if (defaultGraph[id] is JsonMap node && !IsOnlyId(node))
            {
                flattened.Add(node);
            }
        }

        // Step 7.
        return flattened;
    }

    private static bool IsOnlyId(JsonMap node) => node.Count == 1 && node.ContainsKey(Keywords.Id);
}
