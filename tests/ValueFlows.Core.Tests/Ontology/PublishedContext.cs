using System.Text.Json.Nodes;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf.JsonLd;

namespace ValueFlows.Core.Tests.Ontology;

/// <summary><c>ontology/vf.jsonld</c>, and an offline loader that serves it under its fixed IRI (DECISIONS 26).</summary>
internal static class PublishedContext
{
    public static string Json { get; } = File.ReadAllText(RepositoryFiles.Ontology("vf.jsonld"));

    public static JsonObject Context => (JsonObject)JsonNode.Parse(Json)!["@context"]!;

    public static JsonLdOptions Options { get; } = new() { DocumentLoader = CreateLoader() };

    /// <summary>The IRI each term (not keyword aliases or prefixes) expands to, as the JSON-LD processor sees it.</summary>
    public static IReadOnlyDictionary<string, string> TermIris { get; } = ExpandTerms();

    private static JsonLdDocumentLoader CreateLoader()
    {
        var loader = new JsonLdDocumentLoader();
        loader.Register(VfNamespaces.ContextIri, Json);
        return loader;
    }

    private static Dictionary<string, string> ExpandTerms()
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (term, definition) in Context)
        {
            if (term.StartsWith('@'))
            {
                continue;
            }

            var simple = definition is JsonValue value ? value.GetValue<string>() : null;
            if (simple is not null && (simple.EndsWith('#') || simple.EndsWith('/') || simple.StartsWith('@')))
            {
                continue; // a prefix or a keyword alias
            }

            // Expand a one-property node through the processor, so the test sees what any JSON-LD reader sees.
            var document = new JsonObject { ["@context"] = VfNamespaces.ContextIri, [term] = "urn:test:value" };
            var expanded = (JsonObject)JsonLdProcessor.Expand(document, Options).Single()!;
            terms.Add(term, Assert.Single(expanded).Key);
        }

        return terms;
    }
}
