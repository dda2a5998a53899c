using System.Globalization;
using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// The query text after the code point escapes (<c>\uXXXX</c>, <c>\UXXXXXXXX</c>) of §19.2 are replaced, which happens
/// before tokenizing; keeps the way back to positions in the original text for error messages.
/// </summary>
internal sealed class SourceText
{
    private readonly string _original;
    private readonly int[]? _originalIndex;

    private SourceText(string original, string text, int[]? originalIndex)
    {
        _original = original;
        Text = text;
        _originalIndex = originalIndex;
    }

    /// <summary>The unescaped text the tokenizer reads.</summary>
    public string Text { get; }

    public static SourceText Create(string original)
    {
        if (!original.Contains("\\u", StringComparison.Ordinal) && !original.Contains("\\U", StringComparison.Ordinal))
        {
            return new SourceText(original, original, null);
        }

        var text = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            // As in Java, a backslash escaped by another backslash does not start a code point escape ("C:\\users").
            if (c == '\\' && i + 1 < original.Length && (original[i + 1] == 'u' || original[i + 1] == 'U')
                && !IsEscapedBackslash(original, i)
                && TryHex(original, i + 2, original[i + 1] == 'u' ? 4 : 8, out var code))
            {
                var digits = original[i + 1] == 'u' ? 4 : 8;
                if (!Rune.IsValid(code))
                {
                    var bad = new SourceText(original, original, null);
                    throw bad.Error("Invalid code point escape", i, Math.Min(original.Length, i + 2 + digits));
                }

                foreach (var unit in char.ConvertFromUtf32(code))
                {
                    text.Append(unit);
                    map.Add(i);
                }

                i += 2 + digits;
                continue;
            }

            text.Append(c);
            map.Add(i);
            i++;
        }

        map.Add(original.Length);
        return new SourceText(original, text.ToString(), [.. map]);
    }

    private static bool IsEscapedBackslash(string text, int index)
    {
        var count = 0;
        for (var k = index - 1; k >= 0 && text[k] == '\\'; k--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    private static bool TryHex(string text, int start, int digits, out int code)
    {
        code = 0;
        return start + digits <= text.Length
            && int.TryParse(text.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code);
    }

    /// <summary>The error for the unescaped range [start, end).</summary>
    public SparqlSyntaxException Error(string detail, int start, int end) =>
        new(detail, new TextRange(PositionOf(start), PositionOf(Math.Max(start, end))));

    /// <summary>The 0-based position in the original text of an index in <see cref="Text"/>.</summary>
    public TextPosition PositionOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var original = _originalIndex is null ? index : _originalIndex[index];
        long line = 0;
        long column = 0;
        long offset = 0;
        for (var i = 0; i < original; i++)
        {
            var c = _original[i];
            if (c == '\n')
            {
                line++;
                column = 0;
                offset++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < original && char.IsLowSurrogate(_original[i + 1]))
            {
                i++;
                offset += 4;
            }
            else
            {
                offset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }

            column++;
        }

        return new TextPosition(line, column, offset);
    }
}
