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

    /// <summary>Converts a document to RDF (§9.1 <c>toRdf()</c>): its quads, each once.</summary>
    public static IReadOnlyList<Quad> ToRdf(JsonNode? input, JsonLdOptions? options = null) =>
        ToRdfInternal(JsonModel.FromNode(input), null, null, options ?? JsonLdOptions.Default);

    /// <summary>Converts a document to RDF (§9.1 <c>toRdf()</c>): its quads, each once.</summary>
    public static IReadOnlyList<Quad> ToRdf(JsonElement input, JsonLdOptions? options = null) =>
        ToRdfInternal(JsonModel.FromElement(input), null, null, options ?? JsonLdOptions.Default);

    /// <summary>Converts a retrieved document to RDF; its URL is the base IRI unless the options give one.</summary>
    public static IReadOnlyList<Quad> ToRdf(RemoteDocument input, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ToRdfInternal(input.InternalDocument, input.DocumentUrl, input.ContextUrl, options ?? JsonLdOptions.Default);
    }

    /// <summary>
    /// <c>toRdf()</c> on the internal representation; <paramref name="blankNodePrefix"/> goes before every blank node
    /// label (the labels are otherwise <c>b0</c>, <c>b1</c>, …).
    /// </summary>
    internal static List<Quad> ToRdfInternal(object? document, string? documentUrl, string? contextUrl, JsonLdOptions options, string blankNodePrefix = "")
    {
        // Step 2: expansion is never ordered here, whatever the options say.
        var session = new ProcessingSession(options with { Ordered = false });
        var expanded = ExpandInternal(session, document, documentUrl, contextUrl);

        // Steps 3 to 6.
        var ids = new BlankNodeIdGenerator();
        var nodeMap = new NodeMapGeneration(session, ids).Generate(expanded);
        return new RdfSerialization(ids, options.RdfDirection, blankNodePrefix).Serialize(nodeMap);
    }

    /// <summary>Steps 4 to 8 of <c>expand()</c> on the internal representation.</summary>
    internal static List<object?> ExpandInternal(object? document, string? documentUrl, string? contextUrl, JsonLdOptions options) =>
        ExpandInternal(new ProcessingSession(options), document, documentUrl, contextUrl);

    private static List<object?> ExpandInternal(ProcessingSession session, object? document, string? documentUrl, string? contextUrl)
    {
        var options = session.Options;
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
