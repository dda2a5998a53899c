using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>
/// Plays the suite's web server for the document loader: serves the files of the local copy under
/// <see cref="SuitePaths.BaseIri"/>, with content types by extension, and does what each folder's <c>.htaccess</c> asks
/// (<c>AddType</c>, <c>RewriteRule … [R=3xx]</c>, <c>Header set/append Link</c> in <c>FilesMatch</c>). An entry's
/// <c>option</c> (contentType, httpLink, redirectTo, httpStatus) overrides the response for its input document.
/// </summary>
internal sealed partial class SuiteHttpHandler : HttpMessageHandler
{
    private readonly string _root;
    private readonly Dictionary<string, Htaccess> _htaccess = new(StringComparer.Ordinal);

    public SuiteHttpHandler(string root)
    {
        _root = root;
    }

    /// <summary>Response overrides for one URL, from a manifest entry's options.</summary>
    public Dictionary<string, ResponseOverride> Overrides { get; } = new(StringComparer.Ordinal);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.OriginalString;
        if (!url.StartsWith(SuitePaths.BaseIri, StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var relative = url[SuitePaths.BaseIri.Length..];
        int query = relative.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            relative = relative[..query];
        }

        var folder = Path.GetDirectoryName(relative) ?? string.Empty;
        var fileName = Path.GetFileName(relative);
        var rules = RulesFor(folder);
        Overrides.TryGetValue(url, out var over);

        // Redirects: the entry's own, else the folder's rewrite rules.
        if (over?.RedirectTo is { } redirectTo)
        {
            return Redirect(over.HttpStatus ?? 301, SuitePaths.BaseIri + redirectTo);
        }

        foreach (var rule in rules.Rewrites)
        {
            if (rule.Pattern.IsMatch(fileName))
            {
                var target = SuitePaths.BaseIri + (folder.Length == 0 ? string.Empty : folder + "/") + rule.Pattern.Replace(fileName, rule.Replacement);
                return Redirect(rule.Status, target);
            }
        }

        var path = Path.Combine(_root, relative);
        if (!File.Exists(path))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(File.ReadAllBytes(path)) };
        var contentType = over?.ContentType ?? ContentTypeOf(rules, fileName);
        response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var links = over?.Links ?? rules.LinksFor(fileName);
        foreach (var link in links)
        {
            response.Headers.TryAddWithoutValidation("Link", link);
        }

        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));

    private static HttpResponseMessage Redirect(int status, string location)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status);
        response.Headers.Location = new Uri(location);
        return response;
    }

    private static string ContentTypeOf(Htaccess rules, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (rules.Types.TryGetValue(extension, out var type))
        {
            return type;
        }

        return extension switch
        {
            ".jsonld" => "application/ld+json",
            ".json" => "application/json",
            ".html" => "text/html",
            ".nq" => "application/n-quads",
            _ => "application/octet-stream",
        };
    }

    private Htaccess RulesFor(string folder)
    {
        lock (_htaccess)
        {
            if (!_htaccess.TryGetValue(folder, out var rules))
            {
                var file = Path.Combine(_root, folder, ".htaccess");
                rules = File.Exists(file) ? Htaccess.Parse(File.ReadAllLines(file)) : new Htaccess();
                _htaccess[folder] = rules;
            }

            return rules;
        }
    }

    /// <summary>What an entry's options change about the response for its input.</summary>
    internal sealed record ResponseOverride(string? ContentType, IReadOnlyList<string>? Links, string? RedirectTo, int? HttpStatus);

    private sealed record RewriteRule(Regex Pattern, string Replacement, int Status);

    /// <summary>The few Apache directives the suite's <c>.htaccess</c> files use.</summary>
    private sealed partial class Htaccess
    {
        public Dictionary<string, string> Types { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<RewriteRule> Rewrites { get; } = [];

        private List<(Regex Files, List<string> Links)> Headers { get; } = [];

        public List<string> LinksFor(string fileName)
        {
            var links = new List<string>();
            foreach (var (files, headerLinks) in Headers)
            {
                if (files.IsMatch(fileName))
                {
                    links.AddRange(headerLinks);
                }
            }

            return links;
        }

        public static Htaccess Parse(string[] lines)
        {
            var rules = new Htaccess();
            List<string>? current = null;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                Match m;
                if ((m = AddTypeLine().Match(line)).Success)
                {
                    rules.Types[m.Groups[2].Value] = m.Groups[1].Value;
                }
                else if ((m = RewriteLine().Match(line)).Success)
                {
                    rules.Rewrites.Add(new RewriteRule(new Regex(m.Groups[1].Value), m.Groups[2].Value, int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
                }
                else if ((m = FilesMatchLine().Match(line)).Success)
                {
                    current = [];
                    rules.Headers.Add((new Regex(m.Groups[1].Value), current));
                }
                else if (line.StartsWith("</FilesMatch>", StringComparison.Ordinal))
                {
                    current = null;
                }
                else if (current is not null && (m = HeaderLine().Match(line)).Success)
                {
                    if (m.Groups[1].Value == "set")
                    {
                        current.Clear();
                    }

                    current.Add(m.Groups[2].Value);
                }
            }

            return rules;
        }

        [GeneratedRegex(@"^AddType\s+(\S+)\s+(\S+)$")]
        private static partial Regex AddTypeLine();

        [GeneratedRegex(@"^RewriteRule\s+(\S+)\s+(\S+)\s+\[R=(\d+)\]$")]
        private static partial Regex RewriteLine();

        [GeneratedRegex("^<FilesMatch \"([^\"]+)\">$")]
        private static partial Regex FilesMatchLine();

        [GeneratedRegex(@"^Header\s+(set|append)\s+Link\s+'(.*)'$")]
        private static partial Regex HeaderLine();
    }
}
