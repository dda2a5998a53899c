using System.Net;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Update;

/// <summary>
/// Reads the document of a <c>LOAD</c> under <see cref="UpdateOptions"/>' policy: <c>file:</c> IRIs whose real path
/// (symbolic links resolved, <c>..</c> removed) lies under the import folder, and allow-listed http(s) IRIs; anything
/// else is refused before any file or network access.
/// </summary>
internal static class UpdateDocumentLoader
{
    private const int MaxRedirects = 5;

    /// <summary>The quads of the document at <paramref name="source"/>.</summary>
    /// <exception cref="SparqlUpdateException">The address is refused, or the document cannot be read or parsed.</exception>
    public static List<Quad> Load(Iri source, UpdateOptions options, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(source.Value, UriKind.Absolute, out var uri))
        {
            throw Refused(source, "it is not an absolute address");
        }

        if (uri.Scheme == Uri.UriSchemeFile)
        {
            return LoadFile(source, uri, options);
        }

        if (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        {
            return LoadHttp(source, uri, options, cancellation);
        }

        throw Refused(source, $"the scheme '{uri.Scheme}' is not allowed (only file: under the import folder and allow-listed http(s))");
    }

    private static List<Quad> LoadFile(Iri source, Uri uri, UpdateOptions options)
    {
        if (options.ImportDirectory is null)
        {
            throw Refused(source, "no import folder is configured");
        }

        if (!string.IsNullOrEmpty(uri.Host) && !uri.IsLoopback)
        {
            throw Refused(source, "file IRIs must name a local file");
        }

        string root;
        string path;
        try
        {
            root = RealPath(Path.GetFullPath(options.ImportDirectory));
            path = RealPath(Path.GetFullPath(uri.LocalPath));
        }
        catch (IOException e)
        {
            // A cycle of links, or a link that cannot be read.
            throw Refused(source, e.Message);
        }

        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Refused(source, $"the file is not under the import folder {options.ImportDirectory}");
        }

        if (!options.Formats.TryGetByFileName(path, out var format) || !format.CanRead)
        {
            throw Failed(source, "its file extension names no readable RDF format", null);
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Parse(source, format, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(source, e.Message, e);
        }
    }

    private static List<Quad> LoadHttp(Iri source, Uri uri, UpdateOptions options, CancellationToken cancellation)
    {
        if (!IsAllowed(uri, options))
        {
            throw Refused(source, "it is not on the allow-list");
        }

        // Redirects are followed here, not by the handler, so that every hop is checked against the allow-list.
        using var client = options.HttpHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var accept = string.Join(", ", options.Formats.All.Where(f => f.CanRead).SelectMany(f => f.MediaTypes).Distinct(StringComparer.Ordinal));
        var current = uri;
        try
        {
            for (int hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (hop >= MaxRedirects)
                    {
                        throw Failed(source, "too many redirects", null);
                    }

                    if (!IsAllowed(next, options))
                    {
                        throw Refused(source, $"it redirects to <{next.AbsoluteUri}>, which is not on the allow-list");
                    }

                    current = next;
                    continue;
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw Failed(source, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", null);
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (!(mediaType is not null && options.Formats.TryGetByMediaType(mediaType, out var format) && format.CanRead)
                    && !(options.Formats.TryGetByFileName(current.AbsolutePath, out format) && format.CanRead))
                {
                    throw Failed(source, $"the media type '{mediaType}' names no readable RDF format", null);
                }

                using var body = response.Content.ReadAsStream(cancellation);
                using var buffer = new MemoryStream();
                CopyBounded(body, buffer, options.MaxLoadBytes, source);
                buffer.Position = 0;
                return Parse(source, format, buffer);
            }
        }
        catch (HttpRequestException e)
        {
            throw Failed(source, e.Message, e);
        }
        catch (IOException e)
        {
            throw Failed(source, e.Message, e);
        }
    }

    private static bool IsAllowed(Uri uri, UpdateOptions options)
    {
        if ((uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        // Both sides are compared in Uri's normal form, which has removed dot segments and lower-cased scheme and host.
        var address = uri.AbsoluteUri;
        foreach (var entry in options.AllowedIris)
        {
            if (!Uri.TryCreate(entry, UriKind.Absolute, out var allowed))
            {
                continue;
            }

            var prefix = allowed.AbsoluteUri;
            if (address == prefix || (prefix.EndsWith('/') && address.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static void CopyBounded(Stream from, Stream to, long limit, Iri source)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = from.Read(chunk)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw Failed(source, $"the document is larger than {limit} bytes", null);
            }

            to.Write(chunk, 0, read);
        }
    }

    private static List<Quad> Parse(Iri source, RdfFormat format, Stream stream)
    {
        try
        {
            using var reader = format.CreateReader(stream, RdfReaderOptions.Default.WithBaseIri(source.Value));
            return [.. reader.ReadAll()];
        }
        catch (RdfSyntaxException e)
        {
            throw Failed(source, e.Message, e);
        }
    }

    /// <summary>The path with every symbolic link along it resolved, so a link inside the import folder cannot lead out.</summary>
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                // The target may itself pass through links in its parent folders.
                next = RealPath(Path.GetFullPath(target.FullName));
            }

            current = next;
        }

        return current;
    }

    private static SparqlUpdateException Refused(Iri source, string reason) =>
        new(UpdateErrorKind.LoadRefused, source, $"LOAD <{source.Value}> refused: {reason}.");

    private static SparqlUpdateException Failed(Iri source, string reason, Exception? inner) =>
        new(UpdateErrorKind.LoadFailed, source, $"LOAD <{source.Value}> failed: {reason}.", inner);
}
