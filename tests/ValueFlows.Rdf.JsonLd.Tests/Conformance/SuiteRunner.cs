using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>What every manifest's runner does: options from the entry, a loader over the local suite, error checks.</summary>
internal static class SuiteRunner
{
    /// <summary>A loader that serves the suite's files (and only them) the way its web server would for this entry.</summary>
    public static JsonLdDocumentLoader CreateLoader(ManifestEntry entry)
    {
        var handler = new SuiteHttpHandler(SuitePaths.TestsFolder!);
        var option = entry.Option;
        string? contentType = option.TryGetProperty("contentType", out var ct) ? ct.GetString() : null;
        List<string>? links = null;
        if (option.TryGetProperty("httpLink", out var link))
        {
            links = link.ValueKind == JsonValueKind.Array ? [.. link.EnumerateArray().Select(l => l.GetString()!)] : [link.GetString()!];
        }

        string? redirectTo = option.TryGetProperty("redirectTo", out var rt) ? rt.GetString() : null;
        int? status = option.TryGetProperty("httpStatus", out var hs) ? hs.GetInt32() : null;
        if (contentType is not null || links is not null || redirectTo is not null)
        {
            handler.Overrides[entry.InputIri] = new SuiteHttpHandler.ResponseOverride(contentType, links, redirectTo, status);
        }

#pragma warning disable CA2000 // The client lives as long as the loader, which lives for one test.
        return new JsonLdDocumentLoader(new HttpClient(handler), [SuitePaths.BaseIri]);
#pragma warning restore CA2000
    }

    /// <summary>The processor options an entry's <c>option</c> object asks for.</summary>
    public static JsonLdOptions CreateOptions(ManifestEntry entry, IJsonLdDocumentLoader loader)
    {
        var options = new JsonLdOptions { DocumentLoader = loader };
        foreach (var p in entry.Option.EnumerateObject())
        {
            options = p.Name switch
            {
                "base" => options with { Base = p.Value.GetString() },
                "expandContext" => options with { ExpandContext = JsonValue.Create(SuitePaths.BaseIri + p.Value.GetString()) },
                "processingMode" => options with
                {
                    ProcessingMode = p.Value.GetString() == "json-ld-1.0" ? JsonLdProcessingMode.JsonLd10 : JsonLdProcessingMode.JsonLd11,
                },
                "compactArrays" => options with { CompactArrays = p.Value.GetBoolean() },
                "compactToRelative" => options with { CompactToRelative = p.Value.GetBoolean() },
                "ordered" => options with { Ordered = p.Value.GetBoolean() },
                "rdfDirection" => options with
                {
                    RdfDirection = p.Value.GetString() == "i18n-datatype" ? JsonLdRdfDirection.I18nDatatype : JsonLdRdfDirection.CompoundLiteral,
                },
                "useNativeTypes" => options with { UseNativeTypes = p.Value.GetBoolean() },
                "useRdfType" => options with { UseRdfType = p.Value.GetBoolean() },
                "produceGeneralizedRdf" => options with { ProduceGeneralizedRdf = p.Value.GetBoolean() },
                _ => options,
            };
        }

        return options;
    }

    /// <summary>The input document, retrieved through the loader as an IRI input would be.</summary>
    public static RemoteDocument LoadInput(ManifestEntry entry, IJsonLdDocumentLoader loader) =>
        loader.LoadDocument(entry.InputIri, LoadDocumentOptions.Default);

    public static JsonNode? ReadJson(string relative) => JsonNode.Parse(File.ReadAllText(Path.Combine(SuitePaths.TestsFolder!, relative)));

    /// <summary>
    /// The quads of a suite N-Quads file, read with the N-Quads reader; blank nodes keep the labels the file gives them
    /// (fromRdf results name them).
    /// </summary>
    public static List<Quad> ReadNQuads(string relative)
    {
        const string prefix = "suite_";
        using var input = File.OpenRead(Path.Combine(SuitePaths.TestsFolder!, relative));
        using var reader = RdfFormats.NQuads.CreateReader(input, RdfReaderOptions.Default.WithBlankNodePrefix(prefix));
        return [.. reader.ReadAll().Select(q => new Quad(Unprefix(q.Subject), q.Predicate, Unprefix(q.Object), q.Graph is null ? null : Unprefix(q.Graph)))];

        static Term Unprefix(Term term) => term is BlankNode b && b.Label.StartsWith(prefix, StringComparison.Ordinal)
            ? BlankNode.Create(b.Label[prefix.Length..])
            : term;
    }

    /// <summary>For a negative entry: the action fails with the expected JSON-LD error code.</summary>
    public static void AssertFailsWithExpectedCode(ManifestEntry entry, Action action)
    {
        var e = Assert.Throws<JsonLdException>(action);
        Assert.Equal(entry.ExpectErrorCode, e.Code);
    }

    /// <summary>
    /// The comparison for compacted results: JSON-LD object comparison, and, unless the entry asks for ordered output, the
    /// same comparison of both documents expanded again (which catches list order that compacted arrays hide).
    /// </summary>
    public static void AssertReExpandedEquivalent(JsonNode? expected, JsonNode? actual, RemoteDocument input, JsonLdOptions options)
    {
        AssertJsonEquivalent(expected, actual);
        if (options.Ordered)
        {
            return;
        }

        var expandOptions = options with { Base = options.Base ?? input.DocumentUrl, ExpandContext = null };
        AssertJsonEquivalent(JsonLdProcessor.Expand(expected, expandOptions), JsonLdProcessor.Expand(actual, expandOptions));
    }

    public static void AssertJsonEquivalent(JsonNode? expected, JsonNode? actual, bool ordered = false)
    {
        if (!JsonLdComparison.AreEquivalent(expected, actual, ordered))
        {
            var o = new JsonSerializerOptions { WriteIndented = true };
            Assert.Fail($"Expected:\n{expected?.ToJsonString(o)}\nActual:\n{actual?.ToJsonString(o)}");
        }
    }
}
