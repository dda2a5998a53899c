using System.Net;
using System.Text;
using System.Text.Json;

namespace ValueFlows.Rdf.JsonLd.Documents;

/// <summary>
/// JSON-LD in HTML (§9.5): finds the JSON-LD script elements of a page (by fragment identifier, profile, or the first
/// one) and the page's <c>base</c> element. A small scanner, not an HTML parser: it knows elements, attributes, and that
/// a script's text runs to <c>&lt;/script</c>.
/// </summary>
internal static class HtmlScriptExtractor
{
    public static (JsonElement Document, string? BaseHref) Extract(byte[] html, string url, LoadDocumentOptions options)
    {
        var text = Encoding.UTF8.GetString(html);
        var scripts = new List<Script>();
        string? baseHref = null;
        int i = 0;
        while (true)
        {
            int lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length)
            {
                break;
            }

            if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
            {
                int endComment = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? text.Length : endComment + 3;
                continue;
            }

            int nameEnd = lt + 1;
            while (nameEnd < text.Length && char.IsAsciiLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            var name = text[(lt + 1)..nameEnd].ToLowerInvariant();
            var (attributes, tagEnd) = ReadAttributes(text, nameEnd);
            i = tagEnd;
            if (name == "base" && baseHref is null && attributes.TryGetValue("href", out var href))
            {
                baseHref = href;
            }
            else if (name == "script")
            {
                int close = text.IndexOf("</script", tagEnd, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? text.Length : close;
                scripts.Add(new Script(attributes, text[tagEnd..close]));
                i = close;
            }
        }

        return (Select(scripts, url, options), baseHref);
    }

    private static JsonElement Select(List<Script> scripts, string url, LoadDocumentOptions options)
    {
        // Step 2: a fragment names the script element.
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            var id = Uri.UnescapeDataString(url[(hash + 1)..]);
            var byId = scripts.FirstOrDefault(s => s.Attributes.TryGetValue("id", out var v) && v == id);
            if (byId is null || !byId.IsJsonLd)
            {
                throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, $"<{url}> has no JSON-LD script element with id \"{id}\".");
            }

            return Parse(byId.Text);
        }

        // Step 3: the first script of the requested profile.
        if (options.Profile is not null)
        {
            var byProfile = scripts.FirstOrDefault(s => s.IsJsonLd && s.Profiles.Contains(options.Profile));
            if (byProfile is not null)
            {
                return Parse(byProfile.Text);
            }
        }

        // Step 6.2: all of them.
        if (options.ExtractAllScripts)
        {
            var all = new List<JsonElement>();
            foreach (var s in scripts.Where(s => s.IsJsonLd))
            {
                var content = Parse(s.Text);
                if (content.ValueKind == JsonValueKind.Array)
                {
                    all.AddRange(content.EnumerateArray());
                }
                else
                {
                    all.Add(content);
                }
            }

            return JsonSerializer.SerializeToElement(all);
        }

        // Step 4.
        var first = scripts.FirstOrDefault(s => s.IsJsonLd)
            ?? throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, $"<{url}> has no JSON-LD script element.");
        return Parse(first.Text);
    }

    /// <summary>The Extract Script Content algorithm (§9.5.2).</summary>
    private static JsonElement Parse(string source)
    {
        try
        {
            using var document = JsonDocument.Parse(source);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidScriptElement, "A JSON-LD script element does not hold JSON: " + e.Message);
        }
    }

    private static (Dictionary<string, string> Attributes, int End) ReadAttributes(string text, int i)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (i < text.Length && text[i] != '>')
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '/')
            {
                i++;
                continue;
            }

            int nameStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = text[nameStart..i];
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            string value = string.Empty;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i < text.Length && text[i] is '"' or '\'')
                {
                    char quote = text[i];
                    int end = text.IndexOf(quote, i + 1);
                    end = end < 0 ? text.Length : end;
                    value = text[(i + 1)..end];
                    i = Math.Min(end + 1, text.Length);
                }
                else
                {
                    int start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }

                    value = text[start..i];
                }
            }

            attributes.TryAdd(name, WebUtility.HtmlDecode(value));
        }

        return (attributes, Math.Min(i + 1, text.Length));
    }

    private sealed record Script(Dictionary<string, string> Attributes, string Text)
    {
        private string? MediaType => Attributes.TryGetValue("type", out var t) ? t.Split(';')[0].Trim() : null;

        public bool IsJsonLd => string.Equals(MediaType, JsonLdProfiles.MediaType, StringComparison.OrdinalIgnoreCase);

        public IEnumerable<string> Profiles =>
            Attributes.TryGetValue("type", out var t)
                ? t.Split(';').Skip(1).Select(p => p.Trim()).Where(p => p.StartsWith("profile=", StringComparison.OrdinalIgnoreCase))
                    .SelectMany(p => p["profile=".Length..].Trim('"', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                : [];
    }
}
