using System.Buffers;

namespace ValueFlows.Rdf;

/// <summary>
/// A fast check for the IRIs that make up nearly all real data: ASCII, no percent-encoding, no user info, port or IP
/// literal. For those, RFC 3987 validity reduces to a scheme, allowed characters and at most one '#'; anything else
/// is left to the full <see cref="IriSyntax"/> validation. The check never accepts an IRI that the full one refuses.
/// </summary>
internal static class PlainIri
{
    // unreserved, sub-delims, ':' '@' '/' '?' '#' (no '%', '[' or ']': those need the full check).
    private static readonly SearchValues<byte> s_safe =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?#"u8);

    private static readonly SearchValues<byte> s_authorityEnd = SearchValues.Create("/?#"u8);

    /// <summary>True when <paramref name="iri"/> (UTF-8) is a plain absolute IRI, which is then valid.</summary>
    public static bool IsValidAbsolute(ReadOnlySpan<byte> iri)
    {
        if (iri.IsEmpty || !char.IsAsciiLetter((char)iri[0]) || iri.IndexOfAnyExcept(s_safe) >= 0)
        {
            return false;
        }

        int colon = 1;
        while (colon < iri.Length && iri[colon] != ':')
        {
            byte c = iri[colon];
            if (!(char.IsAsciiLetterOrDigit((char)c) || c is (byte)'+' or (byte)'-' or (byte)'.'))
            {
                return false;
            }

            colon++;
        }

        if (colon == iri.Length)
        {
            return false;
        }

        int hash = iri.IndexOf((byte)'#');
        if (hash >= 0 && iri[(hash + 1)..].Contains((byte)'#'))
        {
            return false;
        }

        var rest = iri[(colon + 1)..];
        if (rest.StartsWith("//"u8))
        {
            var authority = rest[2..];
            int end = authority.IndexOfAny(s_authorityEnd);
            if (end >= 0)
            {
                authority = authority[..end];
            }

            // User info and ports need the full check.
            if (authority.IndexOfAny((byte)':', (byte)'@') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when appending a plain local name (ASCII letters, digits, '_', '-', '.') to the valid IRI
    /// <paramref name="ns"/> always gives a valid IRI: the namespace must not end inside its authority, where the
    /// name would extend the host or port.
    /// </summary>
    public static bool AcceptsPlainLocalNames(string ns)
    {
        int colon = ns.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        if (string.CompareOrdinal(ns, colon + 1, "//", 0, 2) != 0)
        {
            return true;
        }

        return ns.AsSpan(colon + 3).IndexOfAny('/', '?', '#') >= 0;
    }

    /// <summary>True when <paramref name="local"/> is a non-empty run of ASCII letters, digits, '_', '-' and '.'.</summary>
    public static bool IsPlainLocalName(ReadOnlySpan<byte> local)
    {
        foreach (byte c in local)
        {
            if (!(char.IsAsciiLetterOrDigit((char)c) || c is (byte)'_' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        return !local.IsEmpty;
    }
}
