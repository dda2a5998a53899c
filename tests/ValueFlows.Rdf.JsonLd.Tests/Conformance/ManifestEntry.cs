using System.Text.Json;
using Xunit.Abstractions;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>One entry of a JSON-LD suite manifest, as xunit test data; its display text is the entry's id.</summary>
public sealed class ManifestEntry : IXunitSerializable
{
    private static readonly JsonElement s_noOptions = JsonDocument.Parse("{}").RootElement.Clone();

    private JsonElement _json;

    /// <summary>For xunit's deserializer.</summary>
    public ManifestEntry()
    {
        Manifest = string.Empty;
    }

    public ManifestEntry(string manifest, JsonElement json, string? skipReason)
    {
        Manifest = manifest;
        _json = json.Clone();
        SkipReason = skipReason;
    }

    /// <summary>The manifest's name: <c>expand</c>, <c>compact</c>, ….</summary>
    public string Manifest { get; private set; }

    public string? SkipReason { get; private set; }

    /// <summary>The entry's id within its manifest, such as <c>#t0001</c>.</summary>
    public string Id => _json.GetProperty("@id").GetString()!;

    /// <summary>The entry's full IRI, the way EARL reports name it.</summary>
    public string Iri => $"{SuitePaths.BaseIri}{Manifest}-manifest{Id}";

    public IReadOnlyList<string> Types =>
        _json.GetProperty("@type") is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Select(t => t.GetString()!)] : [_json.GetProperty("@type").GetString()!];

    public bool IsNegative => Types.Contains("jld:NegativeEvaluationTest");

    public bool IsSyntaxOnly => Types.Contains("jld:PositiveSyntaxTest");

    public string Input => _json.GetProperty("input").GetString()!;

    public string? Expect => _json.TryGetProperty("expect", out var e) ? e.GetString() : null;

    public string? Context => _json.TryGetProperty("context", out var c) ? c.GetString() : null;

    public string? ExpectErrorCode => _json.TryGetProperty("expectErrorCode", out var e) ? e.GetString() : null;

    /// <summary>The entry's <c>option</c> object (an empty object when it has none).</summary>
    public JsonElement Option => _json.TryGetProperty("option", out var o) ? o : s_noOptions;

    public string InputIri => SuitePaths.BaseIri + Input;

    public void Deserialize(IXunitSerializationInfo info)
    {
        Manifest = info.GetValue<string>(nameof(Manifest));
        SkipReason = info.GetValue<string?>(nameof(SkipReason));
        using var document = JsonDocument.Parse(info.GetValue<string>("Json"));
        _json = document.RootElement.Clone();
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Manifest), Manifest);
        info.AddValue(nameof(SkipReason), SkipReason);
        info.AddValue("Json", _json.GetRawText());
    }

    public override string ToString() => Manifest + Id;
}
