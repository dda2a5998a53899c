using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// The character classes and terminals of the Turtle grammar (RDF 1.2 Turtle §6.5) that a writer needs to decide
/// whether a prefixed name or a bare number reads back as exactly the term it stands for.
/// </summary>
internal static class TurtleSyntax
{
    /// <summary>Characters PN_LOCAL_ESC may escape with a backslash.</summary>
    private const string LocalEscapable = "_~.-!$&'()*+,;=/?#@%";

    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsPnCharsBase(int cp) =>
        cp is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xF6) or (>= 0xF8 and <= 0x2FF)
            or (>= 0x370 and <= 0x37D) or (>= 0x37F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    /// <summary>PN_CHARS_U.</summary>
    public static bool IsPnCharsU(int cp) => cp == '_' || IsPnCharsBase(cp);

    /// <summary>PN_CHARS.</summary>
    public static bool IsPnChars(int cp) =>
        IsPnCharsU(cp) || cp is '-' or (>= '0' and <= '9') or 0xB7 or (>= 0x300 and <= 0x36F) or (>= 0x203F and <= 0x2040);

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
            if (first ? !IsPnCharsBase(cp) : !(IsPnChars(cp) || cp == '.'))
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
            ? IsPnCharsU(cp) || cp is ':' or (>= '0' and <= '9')
            : IsPnChars(cp) || cp == ':' || (cp == '.' && !isLast);
        if (raw)
        {
            kind = LocalUnitKind.Raw;
        }
        else
        {
            kind = cp < 0x80 && LocalEscapable.Contains((char)cp, StringComparison.Ordinal) ? LocalUnitKind.Escaped : LocalUnitKind.Invalid;
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
            bool ok = i == 0 ? IsPnCharsU(cp) || cp is >= '0' and <= '9' : IsPnChars(cp) || cp == '.';
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
