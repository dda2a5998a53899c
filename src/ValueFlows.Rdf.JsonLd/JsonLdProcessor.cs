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

    /// <summary>
    /// Compacts a document with a context (§9.1 <c>compact()</c>): a context object, an array of them, a context IRI, or a
    /// document with an <c>@context</c> entry; null compacts with an empty context.
    /// </summary>
    public static JsonObject Compact(JsonNode? input, JsonNode? context, JsonLdOptions? options = null) =>
        (JsonObject)JsonModel.ToNode(CompactInternal(JsonModel.FromNode(input), null, null, JsonModel.FromNode(context), options ?? JsonLdOptions.Default))!;

    /// <summary>Compacts a document with a context (§9.1 <c>compact()</c>).</summary>
    public static JsonObject Compact(JsonElement input, JsonNode? context, JsonLdOptions? options = null) =>
        (JsonObject)JsonModel.ToNode(CompactInternal(JsonModel.FromElement(input), null, null, JsonModel.FromNode(context), options ?? JsonLdOptions.Default))!;

    /// <summary>Compacts a retrieved document with a context; relative context references resolve against its URL.</summary>
    public static JsonObject Compact(RemoteDocument input, JsonNode? context, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (JsonObject)JsonModel.ToNode(CompactInternal(
            input.InternalDocument, input.DocumentUrl, input.ContextUrl, JsonModel.FromNode(context), options ?? JsonLdOptions.Default))!;
    }

    /// <summary>
    /// Flattens a document (§9.1 <c>flatten()</c>): every node at the top level (named graphs in their graph node), blank
    /// nodes labelled; compacted with <paramref name="context"/> when it is not null, else an expanded array.
    /// </summary>
    public static JsonNode Flatten(JsonNode? input, JsonNode? context = null, JsonLdOptions? options = null) =>
        JsonModel.ToNode(FlattenInternal(JsonModel.FromNode(input), null, null, context is null ? null : JsonModel.FromNode(context), context is not null, options ?? JsonLdOptions.Default))!;

    /// <summary>Flattens a document (§9.1 <c>flatten()</c>).</summary>
    public static JsonNode Flatten(JsonElement input, JsonNode? context = null, JsonLdOptions? options = null) =>
        JsonModel.ToNode(FlattenInternal(JsonModel.FromElement(input), null, null, context is null ? null : JsonModel.FromNode(context), context is not null, options ?? JsonLdOptions.Default))!;

    /// <summary>Flattens a retrieved document (§9.1 <c>flatten()</c>).</summary>
    public static JsonNode Flatten(RemoteDocument input, JsonNode? context = null, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonModel.ToNode(FlattenInternal(
            input.InternalDocument, input.DocumentUrl, input.ContextUrl, context is null ? null : JsonModel.FromNode(context), context is not null, options ?? JsonLdOptions.Default))!;
    }

    /// <summary><c>compact()</c> on the internal representation.</summary>
    internal static JsonMap CompactInternal(object? document, string? documentUrl, string? contextUrl, object? context, JsonLdOptions options)
    {
        // Step 4.
        var expanded = ExpandInternal(new ProcessingSession(options with { Ordered = false }), document, documentUrl, contextUrl);
        return CompactExpanded(expanded, documentUrl, context, options);
    }

    /// <summary>Steps 5 to 9 of <c>compact()</c>: compacts an expanded document.</summary>
    internal static JsonMap CompactExpanded(object? expanded, string? documentUrl, object? context, JsonLdOptions options)
    {
        var session = new ProcessingSession(options);
        var contexts = new ContextProcessor(session);

        // Steps 5 and 6.
        var contextBase = documentUrl ?? options.Base;
        if (context is JsonMap wrapper && wrapper.TryGetValue(Keywords.Context, out var inner))
        {
            context = inner;
        }

        // Steps 7 and 8: the base IRI IRIs are made relative to; a context's own @base still applies.
        var baseIri = options.Base ?? (options.CompactToRelative ? documentUrl : null);
        var activeContext = contexts.Process(new ActiveContext(baseIri, options.ProcessingMode), context, contextBase);

        // Step 9.
        var compacted = new Compaction(session, contexts, options.CompactArrays, options.Ordered).Compact(activeContext, null, expanded);
        JsonMap result;
        if (compacted is List<object?> list)
        {
            // Steps 9.1 and 9.2.
            result = list.Count == 0 ? [] : JsonMap.Of(IriCompaction.Compact(activeContext, Keywords.Graph, vocab: true)!, list);
        }
        else
        {
            result = compacted as JsonMap ?? [];
        }

        // Step 9.3: the context goes first, as people expect to read it.
        if (context is null || context is JsonMap { Count: 0 } || context is List<object?> { Count: 0 })
        {
            return result;
        }

        var withContext = new JsonMap(result.Count + 1) { [Keywords.Context] = context };
        foreach (var (k, v) in result)
        {
            withContext[k] = v;
        }

        return withContext;
    }

    /// <summary><c>flatten()</c> on the internal representation.</summary>
    internal static object FlattenInternal(object? document, string? documentUrl, string? contextUrl, object? context, bool compact, JsonLdOptions options)
    {
        // Step 4.
        var session = new ProcessingSession(options with { Ordered = false });
        var expanded = ExpandInternal(session, document, documentUrl, contextUrl);

        // Steps 5 and 6.
        var flattened = new Flattening(new NodeMapGeneration(session, new BlankNodeIdGenerator())).Flatten(expanded, options.Ordered);

        // Step 6.1.
        return compact ? CompactExpanded(flattened, documentUrl, context, options) : flattened;
    }

    /// <summary>
    /// Converts quads to an expanded JSON-LD document (§9.1 <c>fromRdf()</c>), with RDF collections as lists; compact the
    /// result with <see cref="Compact(JsonNode?, JsonNode?, JsonLdOptions?)"/> for a friendlier shape.
    /// </summary>
    public static JsonArray FromRdf(IEnumerable<Quad> dataset, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return (JsonArray)JsonModel.ToNode(new RdfDeserialization(options ?? JsonLdOptions.Default).Deserialize(dataset))!;
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
