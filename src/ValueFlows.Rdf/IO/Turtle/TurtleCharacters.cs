using System.Buffers;
using System.Runtime.CompilerServices;

namespace ValueFlows.Rdf;

/// <summary>The character classes of the Turtle family grammars (RDF 1.1 Turtle §6.5, N-Triples §7).</summary>
internal static class TurtleCharacters
{
    /// <summary>
    /// Bytes that may appear unescaped in an IRIREF without a closer look: printable ASCII except
    /// <c>&lt;&gt;"{}|^`\</c>. Scanning stops at other bytes, among them the first byte of each non-ASCII run, so
    /// that only IRIs with non-ASCII text pay for a UTF-8 check.
    /// </summary>
    public static readonly SearchValues<byte> PlainIriBytes = SearchValues.Create(BuildPlainIriBytes());

    /// <summary>Bytes that end the plain run of a double-quoted string: the quote, backslash, CR, LF and non-ASCII bytes.</summary>
    public static readonly SearchValues<byte> DoubleQuoteStops = SearchValues.Create(BuildStops((byte)'"'));

    /// <summary>Bytes that end the plain run of a single-quoted string.</summary>
    public static readonly SearchValues<byte> SingleQuoteStops = SearchValues.Create(BuildStops((byte)'\''));

    /// <summary>Bytes that end a comment.</summary>
    public static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\n\r"u8);

    // Bit b of the pair is set when the ASCII byte b is in PN_CHARS: '-', digits, letters, '_'.
    private const ulong NameCharsLow = (1UL << '-') | (0x3FFUL << '0');
    private const ulong NameCharsHigh = (0x3FFFFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FFFFFFUL << ('a' - 64));

    /// <summary>True for an ASCII byte in PN_CHARS (letters, digits, '_', '-').</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiNameChar(byte b) =>
        b < 64 ? ((NameCharsLow >> b) & 1) != 0 : b < 128 && ((NameCharsHigh >> (b - 64)) & 1) != 0;

    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsNameStartBase(int c) =>
        c < 0x80
            ? char.IsAsciiLetter((char)c)
            : c is (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xF6) or (>= 0xF8 and <= 0x2FF) or (>= 0x370 and <= 0x37D)
                or (>= 0x37F and <= 0x1FFF) or (>= 0x200C and <= 0x200D) or (>= 0x2070 and <= 0x218F)
                or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF) or (>= 0xF900 and <= 0xFDCF)
                or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    /// <summary>PN_CHARS_U.</summary>
    public static bool IsNameStart(int c) => c == '_' || IsNameStartBase(c);

    /// <summary>PN_CHARS.</summary>
    public static bool IsNameChar(int c) =>
        c < 0x80
            ? char.IsAsciiLetterOrDigit((char)c) || c is '_' or '-'
            : c == 0xB7 || c is (>= 0x300 and <= 0x36F) or (>= 0x203F and <= 0x2040) || IsNameStartBase(c);

    /// <summary>The characters that PN_LOCAL_ESC may escape.</summary>
    public static bool IsLocalEscapable(byte c) =>
        c is (byte)'_' or (byte)'~' or (byte)'.' or (byte)'-' or (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\''
            or (byte)'(' or (byte)')' or (byte)'*' or (byte)'+' or (byte)',' or (byte)';' or (byte)'=' or (byte)'/'
            or (byte)'?' or (byte)'#' or (byte)'@' or (byte)'%';

    public static bool IsHex(byte c) => char.IsAsciiHexDigit((char)c);

    public static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static byte[] BuildPlainIriBytes()
    {
        var bytes = new List<byte>();
        for (int b = 0x21; b < 0x80; b++)
        {
            if ("<>\"{}|^`\\".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                bytes.Add((byte)b);
            }
        }

        return [.. bytes];
    }

    private static byte[] BuildStops(byte quote)
    {
        var bytes = new List<byte> { quote, (byte)'\\', (byte)'\n', (byte)'\r' };
        for (int b = 0x80; b < 0x100; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }
}
