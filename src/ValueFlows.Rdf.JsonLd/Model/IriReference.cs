using System.Text;

namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>
/// RFC 3986 reference resolution and its inverse, forgiving about characters: JSON-LD resolves whatever string it is
/// given (ill-formed IRIs are dropped later, when RDF is produced), so this never throws.
/// </summary>
internal static class IriReference
{
    /// <summary>True when <paramref name="s"/> starts with a scheme and a colon (an absolute IRI or a blank node id <c>_:</c>).</summary>
    public static bool HasScheme(string s) => SchemeLength(s) > 0;

    /// <summary>
    /// True when <paramref name="s"/> has the form of an absolute IRI: a scheme, a colon and no white space. This is the
    /// test the algorithms use; full RFC 3987 validation happens when RDF terms are made.
    /// </summary>
    public static bool IsAbsolute(string s)
    {
        if (SchemeLength(s) <= 0)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>; a null base leaves it as it is.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        // Most references are absolute IRIs without dot segments, which resolve to themselves.
        bool hasScheme = HasScheme(reference) && reference[0] != '_';
        if (hasScheme && !reference.Contains("/.", StringComparison.Ordinal) && !reference.Contains(":.", StringComparison.Ordinal))
        {
            return reference;
        }

        // A plain relative path ("agent/1") against a base without query or fragment: the base's directory and the path.
        if (!hasScheme && IsPlainRelativePath(reference, allowQueryAndFragment: true) && BaseDirectory(baseIri) is { } directory)
        {
            return string.Concat(directory, reference);
        }

        var r = Parts.Split(reference);
        if (r.Scheme is not null)
        {
            return Recompose(r.Scheme, r.Authority, IriSyntax.RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }

        var b = SplitBase(baseIri);
        if (b.Scheme is null)
        {
            return reference;
        }

        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = IriSyntax.RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                if (r.Path[0] == '/')
                {
                    path = IriSyntax.RemoveDotSegments(r.Path);
                }
                else
                {
                    string merged;
                    if (b.Authority is not null && b.Path.Length == 0)
                    {
                        merged = "/" + r.Path;
                    }
                    else
                    {
                        int slash = b.Path.LastIndexOf('/');
                        merged = slash < 0 ? r.Path : b.Path[..(slash + 1)] + r.Path;
                    }

                    path = IriSyntax.RemoveDotSegments(merged);
                }

                query = r.Query;
            }
        }

        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    /// <summary>
    /// A reference that resolves against <paramref name="baseIri"/> to <paramref name="iri"/>, as short as the path
    /// segments they share allow; the IRI itself when they differ in scheme or authority.
    /// </summary>
    public static string Relativize(string? baseIri, string iri)
    {
        if (baseIri is null)
        {
            return iri;
        }

        // The common case: an IRI in the base's directory, named by a plain relative path.
        if (BaseDirectory(baseIri) is { } directory && iri.Length > directory.Length
            && iri.StartsWith(directory, StringComparison.Ordinal) && IsPlainRelativePath(iri.AsSpan(directory.Length), allowQueryAndFragment: false))
        {
            return iri[directory.Length..];
        }

        var b = Parts.Split(baseIri);
        string root = string.Empty;
        if (baseIri.Length != 0)
        {
            root = (b.Scheme is null ? string.Empty : b.Scheme + ":") + "//" + (b.Authority ?? string.Empty);
        }
        else if (!iri.StartsWith("//", StringComparison.Ordinal))
        {
            root = "//";
        }

        if (!iri.StartsWith(root, StringComparison.Ordinal))
        {
            return iri;
        }

        var rel = Parts.Split(iri[root.Length..]);
        var baseSegments = new List<string>(IriSyntax.RemoveDotSegments(b.Path).Split('/'));
        var iriSegments = new List<string>(IriSyntax.RemoveDotSegments(rel.Path).Split('/'));
        int last = rel.Fragment is not null || rel.Query is not null ? 0 : 1;
        while (baseSegments.Count > 0 && iriSegments.Count > last)
        {
            if (!string.Equals(baseSegments[0], iriSegments[0], StringComparison.Ordinal))
            {
                break;
            }

            baseSegments.RemoveAt(0);
            iriSegments.RemoveAt(0);
        }

        var sb = new StringBuilder();
        if (baseSegments.Count > 0)
        {
            // The base's last segment is a file name (or empty after a final '/'), not a directory to climb out of.
            for (int i = 0; i < baseSegments.Count - 1; i++)
            {
                sb.Append("../");
            }
        }

        sb.Append(string.Join('/', iriSegments));
        if (rel.Query is not null)
        {
            sb.Append('?').Append(rel.Query);
        }

        if (rel.Fragment is not null)
        {
            sb.Append('#').Append(rel.Fragment);
        }

        return sb.Length == 0 ? "./" : sb.ToString();
    }

    /// <summary>
    /// True for a relative reference that no resolution step changes beyond putting the base's directory in front: it
    /// does not start with '/', '?', '#', '@' or '.', has no ':' in its first segment (it would read as a scheme or a
    /// compact IRI), no dot segment and no white space or backslash.
    /// </summary>
    /// <param name="reference">The reference.</param>
    /// <param name="allowQueryAndFragment">
    /// False when making references: "doc#x" relative to ".../doc" is better written "#x", which the general algorithm finds.
    /// </param>
    private static bool IsPlainRelativePath(ReadOnlySpan<char> reference, bool allowQueryAndFragment)
    {
        if (reference.IsEmpty || reference[0] is '/' or '?' or '#' or '@' or '.')
        {
            return false;
        }

        bool firstSegment = true;
        for (int i = 0; i < reference.Length; i++)
        {
            char c = reference[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\\' || (c == ':' && firstSegment) || (c == '.' && reference[i - 1] == '/'))
            {
                return false;
            }

            if (c is '?' or '#' && !allowQueryAndFragment)
            {
                return false;
            }

            if (c is '/' or '?' or '#')
            {
                firstSegment = false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static string? t_lastDirectoryBase;

    [ThreadStatic]
    private static string? t_lastDirectory;

    /// <summary>
    /// The base up to and including its last '/', when the base is hierarchical (has an authority) and has no query or
    /// fragment; null otherwise. The last one is kept, as a document resolves all its references against one base.
    /// </summary>
    private static string? BaseDirectory(string baseIri)
    {
        if (ReferenceEquals(t_lastDirectoryBase, baseIri))
        {
            return t_lastDirectory;
        }

        string? directory = null;
        int scheme = SchemeLength(baseIri);
        if (scheme > 0 && baseIri[0] != '_' && baseIri.AsSpan(scheme + 1).StartsWith("//")
            && baseIri.IndexOfAny(['?', '#']) < 0)
        {
            int authorityEnd = baseIri.IndexOf('/', scheme + 3);
            int slash = baseIri.LastIndexOf('/');
            if (authorityEnd >= 0 && slash >= authorityEnd && !baseIri.Contains("/.", StringComparison.Ordinal))
            {
                directory = baseIri[..(slash + 1)];
            }
        }

        t_lastDirectoryBase = baseIri;
        t_lastDirectory = directory;
        return directory;
    }

    [ThreadStatic]
    private static string? t_lastBase;

    [ThreadStatic]
    private static Parts t_lastBaseParts;

    /// <summary>The parts of a base IRI; the last one is kept, as a document resolves all its references against one base.</summary>
    private static Parts SplitBase(string baseIri)
    {
        if (!ReferenceEquals(t_lastBase, baseIri))
        {
            t_lastBaseParts = Parts.Split(baseIri);
            t_lastBase = baseIri;
        }

        return t_lastBaseParts;
    }

    private static int SchemeLength(string s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0]) && s[0] != '_')
        {
            return 0;
        }

        if (s[0] == '_')
        {
            return s.Length > 1 && s[1] == ':' ? 1 : 0;
        }

        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ':')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null)
        {
            sb.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            sb.Append('#').Append(fragment);
        }

        return sb.ToString();
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
    {
        public static Parts Split(string s)
        {
            string? scheme = null;
            int i = 0;
            int colon = SchemeLengthStrict(s);
            if (colon > 0)
            {
                scheme = s[..colon];
                i = colon + 1;
            }

            string? fragment = null;
            int hash = s.IndexOf('#', i);
            if (hash >= 0)
            {
                fragment = s[(hash + 1)..];
                s = s[..hash];
            }

            string? query = null;
            int q = s.IndexOf('?', i);
            if (q >= 0)
            {
                query = s[(q + 1)..];
                s = s[..q];
            }

            string? authority = null;
            if (s.AsSpan(i).StartsWith("//"))
            {
                int end = s.IndexOf('/', i + 2);
                end = end < 0 ? s.Length : end;
                authority = s[(i + 2)..end];
                i = end;
            }

            return new Parts(scheme, authority, s[i..], query, fragment);
        }

        private static int SchemeLengthStrict(string s)
        {
            if (s.Length == 0 || !char.IsAsciiLetter(s[0]))
            {
                return 0;
            }

            for (int i = 1; i < s.Length; i++)
            {
                char c = s[i];
                if (c == ':')
                {
                    return i;
                }

                if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                {
                    return 0;
                }
            }

            return 0;
        }
    }
}
