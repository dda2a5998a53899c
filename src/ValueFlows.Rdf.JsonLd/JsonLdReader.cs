using System.Text.Json;
using ValueFlows.Rdf.JsonLd.Algorithms;
using ValueFlows.Rdf.JsonLd.Documents;
using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// Reads a JSON-LD document as RDF: the whole document is parsed, expanded and converted (JSON-LD is not streamable:
/// a context or an <c>@id</c> may come after the values it governs), then its quads are handed out one by one. The
/// document's prefix-like terms are reported as prefixes and its <c>@base</c> as the base, so a writer can reuse them.
/// Malformed JSON and JSON-LD errors are <see cref="RdfSyntaxException"/>s located in the text; a JSON-LD error keeps the
/// <see cref="JsonLdException"/> (code and pointer) as its inner exception.
/// </summary>
public sealed class JsonLdReader : RdfReader
{
    private readonly Stream _input;
    private readonly RdfReaderOptions _options;
    private readonly JsonLdOptions _jsonLdOptions;
    private List<Quad>? _quads;
    private int _next;

    /// <summary>A reader of <paramref name="input"/>; relative IRIs resolve against <see cref="RdfReaderOptions.BaseIri"/>.</summary>
    public JsonLdReader(Stream input, RdfReaderOptions options)
        : this(input, options, JsonLdOptions.Default)
    {
    }

    /// <summary>A reader with JSON-LD options (a document loader, a processing mode, an expand context).</summary>
    public JsonLdReader(Stream input, RdfReaderOptions options, JsonLdOptions jsonLdOptions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(jsonLdOptions);
        _input = input;
        _options = options;
        _jsonLdOptions = jsonLdOptions;
        BaseIri = options.BaseIri;
    }

    /// <inheritdoc />
    public override bool TryRead(out Quad quad)
    {
        _quads ??= ReadDocument();
        if (_next < _quads.Count)
        {
            quad = _quads[_next++];
            return true;
        }

        quad = default;
        return false;
    }

    private List<Quad> ReadDocument()
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            _input.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        object? document;
        try
        {
            using var parsed = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 1000 });
            document = JsonModel.FromElement(parsed.RootElement);
        }
        catch (JsonException e)
        {
            var position = JsonTextLocator.PositionOf(bytes, OffsetOf(bytes, e));
            throw new RdfSyntaxException("Invalid JSON: " + FirstSentence(e.Message), TextRange.At(position), e);
        }

        var options = _jsonLdOptions with { Base = _jsonLdOptions.Base ?? _options.BaseIri };
        try
        {
            DeclareContext(document, options);
            var prefix = _options.BlankNodePrefix ?? BlankNode.CreateFresh().Label + "_";
            return JsonLdProcessor.ToRdfInternal(document, null, null, options, prefix);
        }
        catch (JsonLdException e)
        {
            var position = JsonTextLocator.Locate(bytes, e.Pointer);
            throw new RdfSyntaxException($"JSON-LD error ({e.Code}): {e.Detail}", TextRange.At(position), e);
        }
    }

    /// <summary>Reports the top-level context's prefixes and base, for writers that repeat them.</summary>
    private void DeclareContext(object? document, JsonLdOptions options)
    {
        if (document is not JsonMap map || !map.TryGetValue(Keywords.Context, out var context))
        {
            return;
        }

        var session = new ProcessingSession(options);
        session.Trail.Push(Keywords.Context);
        var initial = new ActiveContext(options.Base, options.ProcessingMode);
        var active = new ContextProcessor(session).Process(initial, context, options.Base);
        if (active.BaseIri is { } baseIri && !string.Equals(baseIri, options.Base, StringComparison.Ordinal))
        {
            DeclareBase(baseIri);
        }

        foreach (var (term, definition) in active.Terms)
        {
            if (definition is { IsPrefix: true, IriMapping: { } iri } && !Keywords.IsKeyword(iri) && !BlankNodeIdGenerator.IsBlankNodeId(iri))
            {
                DeclarePrefix(term, iri);
            }
        }
    }

    private static long OffsetOf(byte[] bytes, JsonException e)
    {
        // JsonException gives the line and the byte within it; turn them back into an offset.
        long line = e.LineNumber ?? 0;
        long offset = 0;
        for (long l = 0; l < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                l++;
            }
        }

        return Math.Min(offset + (e.BytePositionInLine ?? 0), bytes.Length);
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
