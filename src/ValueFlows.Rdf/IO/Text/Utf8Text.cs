using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ValueFlows.Rdf;

/// <summary>UTF-8 checks and conversions for the text readers.</summary>
internal static class Utf8Text
{
    /// <summary>The number of code points in <paramref name="bytes"/> (bytes that do not continue a sequence).</summary>
    public static long CountCodePoints(ReadOnlySpan<byte> bytes)
    {
        if (Ascii.IsValid(bytes))
        {
            return bytes.Length;
        }

        long count = 0;
        foreach (byte b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The index of the first byte of <paramref name="bytes"/> that is not well-formed UTF-8, or -1. When
    /// <paramref name="isFinal"/> is false, a sequence cut off by the end of the span is not an error:
    /// <paramref name="complete"/> then tells how many bytes are whole sequences.
    /// </summary>
    public static int FindInvalid(ReadOnlySpan<byte> bytes, bool isFinal, out int complete)
    {
        if (Utf8.IsValid(bytes))
        {
            complete = bytes.Length;
            return -1;
        }

        int i = 0;
        while (i < bytes.Length)
        {
            int ascii = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                break;
            }

            i += ascii;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                i += consumed;
            }
            else if (status == OperationStatus.NeedMoreData && !isFinal)
            {
                complete = i;
                return -1;
            }
            else
            {
                complete = i;
                return i;
            }
        }

        complete = bytes.Length;
        return -1;
    }

    /// <summary>Decodes well-formed UTF-8 (already checked) into a string.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>A printable description of the code point starting at <paramref name="bytes"/>[0], for error messages.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "the end of the input";
        }

        if (Rune.DecodeFromUtf8(bytes, out var rune, out _) != OperationStatus.Done)
        {
            return $"the byte 0x{bytes[0]:X2}, which is not valid UTF-8";
        }

        return rune.Value is > 0x20 and < 0x7F or > 0xA0 && !Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune)
            ? $"'{rune}'"
            : $"U+{rune.Value:X4}";
    }
}
