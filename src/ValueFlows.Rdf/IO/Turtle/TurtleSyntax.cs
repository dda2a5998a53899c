using System.Buffers;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// The terminals of the Turtle grammar (RDF 1.2 Turtle §6.5) that a writer needs to decide whether a prefixed name, a
/// blank node label or a bare number reads back as exactly the term it stands for; the character classes are the
/// readers' <see cref="TurtleCharacters"/>.
/// </summary>
internal static class TurtleSyntax
{
    /// <summary>ASCII characters a local name may hold raw anywhere but at its ends.</summary>
    private static readonly SearchValues<char> s_plainLocalChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-:.");

    /// <summary>True when <paramref name="prefix"/> is empty or matches PN_PREFIX.</summary>
    public static bool IsPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.IsEmpty)
        {
            return true;
        }

        int i = 0;
        int last = 0;
        bool first = true;
        while (i < prefix.Length)
        {
            if (Rune.DecodeFromUtf16(prefix[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            int cp = rune.Value;
            if (first ? !TurtleCharacters.IsNameStartBase(cp) : !(TurtleCharacters.IsNameChar(cp) || cp == '.'))
            {
                return false;
            }

            first = false;
            last = cp;
            i += used;
        }

        return last != '.';
    }

    /// <summary>
    /// True when <paramref name="local"/> is a PN_LOCAL as it stands, by a quick look that accepts the common ASCII
    /// names (letters, digits, <c>_ - : .</c>, no <c>-</c> or <c>.</c> first, no <c>.</c> last) and nothing else.
    /// </summary>
    public static bool IsPlainLocalName(ReadOnlySpan<char> local) =>
        local.IsEmpty || (local[0] is not ('-' or '.') && local[^1] != '.' && !local.ContainsAnyExcept(s_plainLocalChars));

    /// <summary>
    /// True when <paramref name="local"/> can be written as a PN_LOCAL, with <see cref="WriteLocalName"/> adding the
    /// backslash escapes the grammar allows.
    /// </summary>
    public static bool IsWritableLocalName(ReadOnlySpan<char> local)
    {
        int i = 0;
        while (i < local.Length)
        {
            int used = LocalUnit(local, i, out var kind);
            if (kind == LocalUnitKind.Invalid)
            {
                return false;
            }

            i += used;
        }

        return true;
    }

    /// <summary>Writes a local name accepted by <see cref="IsWritableLocalName"/>.</summary>
    public static void WriteLocalName<TSink>(TSink sink, ReadOnlySpan<char> local)
        where TSink : ITextSink
    {
        int i = 0;
        int runStart = 0;
        while (i < local.Length)
        {
            int used = LocalUnit(local, i, out var kind);
            if (kind == LocalUnitKind.Escaped)
            {
                sink.Write(local[runStart..i]);
                sink.Write('\\');
                runStart = i;
            }

            i += used;
        }

        sink.Write(local[runStart..]);
    }

    private enum LocalUnitKind
    {
        Raw,
        Escaped,
        Invalid,
    }

    /// <summary>Classifies the code point (or <c>%HH</c> triplet) at <paramref name="i"/> of a local name; returns its length in chars.</summary>
    private static int LocalUnit(ReadOnlySpan<char> local, int i, out LocalUnitKind kind)
    {
        char c = local[i];
        if (c == '%' && i + 2 < local.Length && char.IsAsciiHexDigit(local[i + 1]) && char.IsAsciiHexDigit(local[i + 2]))
        {
            // PERCENT is kept as written: "%41" in a local name is the three characters %41 in the IRI.
            kind = LocalUnitKind.Raw;
            return 3;
        }

        int cp = c;
        int used = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= local.Length || !char.IsLowSurrogate(local[i + 1]))
            {
                kind = LocalUnitKind.Invalid;
                return 1;
            }

            cp = char.ConvertToUtf32(c, local[i + 1]);
            used = 2;
        }
        else if (char.IsLowSurrogate(c))
        {
            kind = LocalUnitKind.Invalid;
            return 1;
        }

        bool isFirst = i == 0;
        bool isLast = i + used == local.Length;
        bool raw = isFirst
            ? TurtleCharacters.IsNameStart(cp) || cp is ':' or (>= '0' and <= '9')
            : TurtleCharacters.IsNameChar(cp) || cp == ':' || (cp == '.' && !isLast);
        if (raw)
        {
            kind = LocalUnitKind.Raw;
        }
        else
        {
            kind = cp < 0x80 && TurtleCharacters.IsLocalEscapable((byte)cp) ? LocalUnitKind.Escaped : LocalUnitKind.Invalid;
        }

        return used;
    }

    /// <summary>INTEGER: <c>[+-]? [0-9]+</c>.</summary>
    public static bool IsInteger(ReadOnlySpan<char> s)
    {
        int i = SkipSign(s);
        return i < s.Length && AllDigits(s[i..]);
    }

    /// <summary>DECIMAL: <c>[+-]? [0-9]* '.' [0-9]+</c>.</summary>
    public static bool IsDecimal(ReadOnlySpan<char> s)
    {
        s = s[SkipSign(s)..];
        int dot = s.IndexOf('.');
        return dot >= 0 && dot < s.Length - 1 && AllDigits(s[..dot]) && AllDigits(s[(dot + 1)..]);
    }

    /// <summary>DOUBLE: <c>[+-]? (([0-9]+ ('.' [0-9]*)?) | ('.' [0-9]+)) EXPONENT</c>.</summary>
    public static bool IsDouble(ReadOnlySpan<char> s)
    {
        s = s[SkipSign(s)..];
        int e = s.IndexOfAny('e', 'E');
        if (e < 0)
        {
            return false;
        }

        var mantissa = s[..e];
        var exponent = s[(e + 1)..];
        exponent = exponent[SkipSign(exponent)..];
        if (exponent.IsEmpty || !AllDigits(exponent))
        {
            return false;
        }

        int dot = mantissa.IndexOf('.');
        if (dot < 0)
        {
            return !mantissa.IsEmpty && AllDigits(mantissa);
        }

        var whole = mantissa[..dot];
        var fraction = mantissa[(dot + 1)..];
        return AllDigits(whole) && AllDigits(fraction) && (whole.Length > 0 || fraction.Length > 0);
    }

    /// <summary>BLANK_NODE_LABEL without its <c>_:</c>: <c>(PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?</c>.</summary>
    public static bool IsBlankNodeLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty)
        {
            return false;
        }

        int i = 0;
        int last = 0;
        while (i < label.Length)
        {
            if (Rune.DecodeFromUtf16(label[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            int cp = rune.Value;
            bool ok = i == 0 ? TurtleCharacters.IsNameStart(cp) || cp is >= '0' and <= '9' : TurtleCharacters.IsNameChar(cp) || cp == '.';
            if (!ok)
            {
                return false;
            }

            last = cp;
            i += used;
        }

        return last != '.';
    }

    private static int SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;

    private static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
}
