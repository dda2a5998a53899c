using System.Buffers;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// Decodes the content of a token that the lexer has already checked: UTF-8 to UTF-16 with ECHAR, UCHAR and PN_LOCAL_ESC
/// escapes resolved. The lexer guarantees every escape is well-formed, so decoding cannot fail.
/// </summary>
internal static class TurtleEscapes
{
    public static string Decode(ReadOnlySpan<byte> content, bool hasEscapes)
    {
        if (!hasEscapes)
        {
            return Encoding.UTF8.GetString(content);
        }

        // Decoded text is never longer (in UTF-16 code units) than its UTF-8 bytes.
        char[]? rented = null;
        Span<char> chars = content.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        int length = 0;
        int i = 0;
        while (i < content.Length)
        {
            int slash = content[i..].IndexOf((byte)'\\');
            int run = slash < 0 ? content.Length - i : slash;
            length += Encoding.UTF8.GetChars(content.Slice(i, run), chars[length..]);
            i += run;
            if (i >= content.Length)
            {
                break;
            }

            byte e = content[i + 1];
            switch (e)
            {
                case (byte)'t':
                    chars[length++] = '\t';
                    i += 2;
                    break;
                case (byte)'b':
                    chars[length++] = '\b';
                    i += 2;
                    break;
                case (byte)'n':
                    chars[length++] = '\n';
                    i += 2;
                    break;
                case (byte)'r':
                    chars[length++] = '\r';
                    i += 2;
                    break;
                case (byte)'f':
                    chars[length++] = '\f';
                    i += 2;
                    break;
                case (byte)'u':
                case (byte)'U':
                    int digits = e == 'u' ? 4 : 8;
                    int value = 0;
                    for (int k = i + 2; k < i + 2 + digits; k++)
                    {
                        value = (value << 4) | TurtleCharacters.HexValue(content[k]);
                    }

                    // An escaped surrogate pair arrives as two \u escapes, one UTF-16 unit each.
                    length += value <= 0xFFFF
                        ? WriteUnit(chars, length, (char)value)
                        : new Rune(value).EncodeToUtf16(chars[length..]);
                    i += 2 + digits;
                    break;
                default:
                    chars[length++] = (char)e;
                    i += 2;
                    break;
            }
        }

        string result = new(chars[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static int WriteUnit(Span<char> chars, int at, char c)
    {
        chars[at] = c;
        return 1;
    }
}
