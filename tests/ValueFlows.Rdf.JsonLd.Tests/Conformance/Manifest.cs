using System.Text.Json;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>Reads a manifest of the JSON-LD API suite (itself JSON-LD, read here as plain JSON) into theory data.</summary>
internal static class Manifest
{
    /// <summary>Entries skipped for a reason other than being JSON-LD 1.0 entries, by full id.</summary>
    private static readonly Dictionary<string, string> s_skips = new(StringComparer.Ordinal)
    {
    };

    /// <summary>The entries of <c>{name}-manifest.jsonld</c>, one theory row each.</summary>
    public static IEnumerable<object[]> Entries(string name)
    {
        if (SuitePaths.TestsFolder is not { } folder)
        {
            yield break;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + "-manifest.jsonld")));
        foreach (var entry in document.RootElement.GetProperty("sequence").EnumerateArray())
        {
            var id = name + entry.GetProperty("@id").GetString();
            yield return [new ManifestEntry(name, entry, SkipReason(id, entry))];
        }
    }

    private static string? SkipReason(string id, JsonElement entry)
    {
        if (entry.TryGetProperty("option", out var option))
        {
            foreach (var key in new[] { "specVersion", "processingMode" })
            {
                if (option.TryGetProperty(key, out var v) && v.GetString() == "json-ld-1.0")
                {
                    return $"A JSON-LD 1.0 entry ({key} json-ld-1.0); DECISIONS 20 lets these be skipped.";
                }
            }
        }

        return s_skips.GetValueOrDefault(id);
    }
}
