using System.Text.Json;
using System.Text.Json.Nodes;
using ValueFlows.Rdf.JsonLd.Algorithms;
using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// The JSON-LD 1.1 API (§9.1): expansion, compaction, flattening, and conversion to and from RDF. Inputs are
/// System.Text.Json trees or <see cref="RemoteDocument"/>s from a loader; they are never modified. Errors are
/// <see cref="JsonLdException"/>s carrying the spec's error code. Remote contexts come from
/// <see cref="JsonLdOptions.DocumentLoader"/>, which by default never reaches the network.
/// </summary>
public static class JsonLdProcessor
{
    /// <summary>Expands a document (§9.1 <c>expand()</c>); relative IRIs resolve against <see cref="JsonLdOptions.Base"/>.</summary>
    public static JsonArray Expand(JsonNode? input, JsonLdOptions? options = null) =>
        (JsonArray)JsonModel.ToNode(ExpandInternal(JsonModel.FromNode(input), null, null, options ?? JsonLdOptions.Default))!;

    /// <summary>Expands a document (§9.1 <c>expand()</c>).</summary>
    public static JsonArray Expand(JsonElement input, JsonLdOptions? options = null) =>
        (JsonArray)JsonModel.ToNode(ExpandInternal(JsonModel.FromElement(input), null, null, options ?? JsonLdOptions.Default))!;

    /// <summary>Expands a retrieved document; its URL is the base IRI unless the options give one.</summary>
    public static JsonArray Expand(RemoteDocument input, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (JsonArray)JsonModel.ToNode(ExpandInternal(input.InternalDocument, input.DocumentUrl, input.ContextUrl, options ?? JsonLdOptions.Default))!;
    }

    /// <summary>Steps 4 to 8 of <c>expand()</c> on the internal representation.</summary>
    internal static List<object?> ExpandInternal(object? document, string? documentUrl, string? contextUrl, JsonLdOptions options)
    {
        var session = new ProcessingSession(options);
        var contexts = new ContextProcessor(session);

        // Step 5.
        var activeContext = new ActiveContext(options.Base ?? documentUrl, options.ProcessingMode)
        {
            OriginalBaseUrl = documentUrl ?? options.Base,
        };

        // Step 6.
        if (options.ExpandContext is { } expandContext)
        {
            var local = JsonModel.FromNode(expandContext);
            if (local is JsonMap m && m.TryGetValue(Keywords.Context, out var inner))
            {
                local = inner;
            }

            activeContext = contexts.Process(activeContext, local, activeContext.OriginalBaseUrl);
        }

        // Step 7.
        if (contextUrl is not null)
        {
            activeContext = contexts.Process(activeContext, contextUrl, contextUrl);
        }

        // Step 8.
        var expanded = new Expansion(session, contexts).Expand(activeContext, null, document, documentUrl ?? options.Base);
        if (expanded is JsonMap map && map.Count == 1 && map.TryGetValue(Keywords.Graph, out var graph))
        {
            expanded = graph;
        }

        return expanded switch
        {
            null => [],
            List<object?> list => list,
            _ => [expanded],
        };
    }
}
