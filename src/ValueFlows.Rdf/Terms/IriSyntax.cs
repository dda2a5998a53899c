using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// IRI syntax per RFC 3987 and reference resolution per RFC 3986 §5.2. Works on strings and never goes
/// through <see cref="System.Uri"/>, which normalises what it parses.
/// </summary>
public static class IriSyntax
{
    /// <summary>Checks that <paramref name="iri"/> is an absolute IRI (a scheme, then the rest of RFC 3987's grammar).</summary>
    public static bool TryValidateAbsolute(ReadOnlySpan<char> iri, out string? error)
    {
        int schemeEnd = SchemeLength(iri);
        if (schemeEnd <= 0)
        {
            error = "an absolute IRI needs a scheme followed by ':'";
            return false;
        }

        return TryValidateAfterScheme(iri, schemeEnd + 1, out error);
    }

    /// <summary>True when <paramref name="iri"/> is an absolute IRI.</summary>
    public static bool IsAbsolute(ReadOnlySpan<char> iri) => TryValidateAbsolute(iri, out _);

    /// <summary>Checks that <paramref name="reference"/> is an IRI reference (absolute or relative).</summary>
    public static bool TryValidateReference(ReadOnlySpan<char> reference, out string? error)
    {
        int schemeEnd = SchemeLength(reference);
        return TryValidateAfterScheme(reference, schemeEnd > 0 ? schemeEnd + 1 : 0, out error);
    }

    /// <summary>
    /// Resolves <paramref name="reference"/> against the absolute IRI <paramref name="baseIri"/> (RFC 3986 §5.2.2, with
    /// dot-segment removal per §5.2.4).
    /// </summary>
    /// <exception cref="FormatException">The reference is not a valid IRI reference, or the result is not absolute.</exception>
    public static string Resolve(string baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        ArgumentNullException.ThrowIfNull(reference);
        if (!TryValidateReference(reference, out var error))
        {
            throw new FormatException($"Invalid IRI reference <{reference}>: {error}");
        }

        var r = Split(reference);
        if (r.Scheme is not null)
        {
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }

        var b = Split(baseIri);
        if (b.Scheme is null)
        {
            throw new FormatException($"The base IRI <{baseIri}> is not absolute.");
        }

        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
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
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    /// <summary>Removes <c>.</c> and <c>..</c> segments from a path (RFC 3986 §5.2.4).</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var input = path.AsSpan();
        var output = new StringBuilder(path.Length);
        while (!input.IsEmpty)
        {
            if (input.StartsWith("../"))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./"))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./"))
            {
                input = input[2..];
            }
            else if (input.SequenceEqual("/."))
            {
                input = "/";
            }
            else if (input.StartsWith("/../"))
            {
                input = input[3..];
                RemoveLastSegment(output);
            }
            else if (input.SequenceEqual("/.."))
            {
                input = "/";
                RemoveLastSegment(output);
            }
            else if (input.SequenceEqual(".") || input.SequenceEqual(".."))
            {
                input = [];
            }
            else
            {
                int start = input[0] == '/' ? 1 : 0;
                int next = input[start..].IndexOf('/');
                int end = next < 0 ? input.Length : start + next;
                output.Append(input[..end]);
                input = input[end..];
            }
        }

        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        int i = output.Length - 1;
        while (i >= 0 && output[i] != '/')
        {
            i--;
        }

        output.Length = Math.Max(i, 0);
    }

    private static string Merge(in Parts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + relativePath;
        }

        int slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, slash + 1), relativePath);
    }

    private static string Recompose(string scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder(scheme.Length + path.Length + 16);
        sb.Append(scheme).Append(':');
        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }
        else if (path.StartsWith("//", StringComparison.Ordinal))
        {
            // A path that starts with "//" would read back as an authority; "/." keeps it a path (RFC 3986 §5.2.4 note).
            sb.Append("/.");
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

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string s)
    {
        int schemeLen = SchemeLength(s);
        string? scheme = schemeLen > 0 ? s[..schemeLen] : null;
        int i = schemeLen > 0 ? schemeLen + 1 : 0;
        string? fragment = null;
        int hash = s.IndexOf('#', i);
        int end = s.Length;
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            end = hash;
        }

        string? query = null;
        int q = s.IndexOf('?', i, end - i);
        if (q >= 0)
        {
            query = s[(q + 1)..end];
            end = q;
        }

        string? authority = null;
        if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            int a = i + 2;
            int slash = s.IndexOf('/', a, end - a);
            int authEnd = slash < 0 ? end : slash;
            authority = s[a..authEnd];
            i = authEnd;
        }

        return new Parts(scheme, authority, s[i..end], query, fragment);
    }

    /// <summary>Length of a leading <c>scheme</c> when followed by ':', else 0.</summary>
    private static int SchemeLength(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiLetter(s[0]))
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

    private static bool TryValidateAfterScheme(ReadOnlySpan<char> s, int i, out string? error)
    {
        // hier-part / relative-part
        if (s.Length - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            i += 2;
            int authEnd = i;
            while (authEnd < s.Length && s[authEnd] is not ('/' or '?' or '#'))
            {
                authEnd++;
            }

            if (!TryValidateAuthority(s[i..authEnd], out error))
            {
                return false;
            }

            i = authEnd;
        }

        int pathEnd = i;
        while (pathEnd < s.Length && s[pathEnd] is not ('?' or '#'))
        {
            pathEnd++;
        }

        if (!TryValidateChars(s, i, pathEnd, CharClass.Path, out error))
        {
            return false;
        }

        i = pathEnd;
        if (i < s.Length && s[i] == '?')
        {
            int queryEnd = s[(i + 1)..].IndexOf('#');
            queryEnd = queryEnd < 0 ? s.Length : i + 1 + queryEnd;
            if (!TryValidateChars(s, i + 1, queryEnd, CharClass.Query, out error))
            {
                return false;
            }

            i = queryEnd;
        }

        if (i < s.Length && s[i] == '#')
        {
            return TryValidateChars(s, i + 1, s.Length, CharClass.Fragment, out error);
        }

        error = null;
        return true;
    }

    private static bool TryValidateAuthority(ReadOnlySpan<char> a, out string? error)
    {
        int at = a.LastIndexOf('@');
        if (at >= 0)
        {
            if (!TryValidateChars(a, 0, at, CharClass.UserInfo, out error))
            {
                return false;
            }

            a = a[(at + 1)..];
        }

        if (!a.IsEmpty && a[0] == '[')
        {
            int close = a.IndexOf(']');
            if (close < 0)
            {
                error = "an IP literal host is missing its closing ']'";
                return false;
            }

            foreach (char c in a[1..close])
            {
                if (!(char.IsAsciiHexDigit(c) || c is ':' or '.' or 'v' or 'V' || IsUnreservedAscii(c) || IsSubDelim(c)))
                {
                    error = $"the character '{c}' is not allowed in an IP literal host";
                    return false;
                }
            }

            a = a[(close + 1)..];
            return TryValidatePort(a, out error);
        }

        int colon = a.IndexOf(':');
        var host = colon < 0 ? a : a[..colon];
        if (!TryValidateChars(host, 0, host.Length, CharClass.RegName, out error))
        {
            return false;
        }

        return TryValidatePort(colon < 0 ? [] : a[colon..], out error);
    }

    private static bool TryValidatePort(ReadOnlySpan<char> rest, out string? error)
    {
        if (rest.IsEmpty)
        {
            error = null;
            return true;
        }

        if (rest[0] != ':')
        {
            error = "unexpected characters after the host";
            return false;
        }

        foreach (char c in rest[1..])
        {
            if (!char.IsAsciiDigit(c))
            {
                error = $"the port contains the non-digit '{c}'";
                return false;
            }
        }

        error = null;
        return true;
    }

    private enum CharClass
    {
        UserInfo,
        RegName,
        Path,
        Query,
        Fragment,
    }

    private static bool TryValidateChars(ReadOnlySpan<char> s, int start, int end, CharClass cls, out string? error)
    {
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c == '%')
            {
                if (i + 2 >= end)
                {
                    error = "'%' must be followed by two hexadecimal digits";
                    return false;
                }

                if (!char.IsAsciiHexDigit(s[i + 1]) || !char.IsAsciiHexDigit(s[i + 2]))
                {
                    error = "'%' must be followed by two hexadecimal digits";
                    return false;
                }

                i += 2;
                continue;
            }

            int cp = c;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= end || !char.IsLowSurrogate(s[i + 1]))
                {
                    error = "unpaired surrogate";
                    return false;
                }

                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                error = "unpaired surrogate";
                return false;
            }

            bool ok = cp < 0x80
                ? IsUnreservedAscii(c) || IsSubDelim(c) || cls switch
                {
                    CharClass.UserInfo => c == ':',
                    CharClass.RegName => false,
                    CharClass.Path => c is ':' or '@' or '/',
                    _ => c is ':' or '@' or '/' or '?',
                }
                : IsUcsChar(cp) || (cls == CharClass.Query && IsPrivate(cp));
            if (!ok)
            {
                error = cp < 0x80 && cp > 0x20
                    ? $"the character '{c}' is not allowed here"
                    : $"the code point U+{cp:X4} is not allowed in an IRI";
                return false;
            }
        }

        error = null;
        return true;
    }

    private static bool IsUnreservedAscii(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool IsSubDelim(char c) => c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';

    private static bool IsUcsChar(int cp) =>
        cp is (>= 0xA0 and <= 0xD7FF) or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFEF)
        || (cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD);

    private static bool IsPrivate(int cp) => cp is (>= 0xE000 and <= 0xF8FF) or (>= 0xF0000 and <= 0xFFFFD) or (>= 0x100000 and <= 0x10FFFD);
}
