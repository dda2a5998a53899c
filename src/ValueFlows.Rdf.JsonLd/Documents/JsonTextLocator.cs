using System.Text.Json;

namespace ValueFlows.Rdf.JsonLd.Documents;

/// <summary>
/// Positions in UTF-8 JSON text: where a JSON pointer's value starts, and the line and column (in code points) of a
/// byte offset. Used only after an error, so it rescans the text rather than keeping positions while parsing.
/// </summary>
internal static class JsonTextLocator
{
    /// <summary>The position of the member name or array item <paramref name="pointer"/> names; the start of the text when it is not found.</summary>
    public static TextPosition Locate(ReadOnlySpan<byte> json, string? pointer)
    {
        long offset = string.IsNullOrEmpty(pointer) ? 0 : FindOffset(json, Segments(pointer));
        return PositionOf(json, offset);
    }

    /// <summary>The 0-based line and column of a byte offset.</summary>
    public static TextPosition PositionOf(ReadOnlySpan<byte> json, long offset)
    {
        long line = 0;
        long column = 0;
        int end = (int)Math.Min(offset, json.Length);
        for (int i = 0; i < end; i++)
        {
            byte b = json[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // Counts lead bytes only, so a multi-byte code point is one column.
                column++;
            }
        }

        return new TextPosition(line, column, offset);
    }

    private static List<string> Segments(string pointer) =>
        [.. pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private static long FindOffset(ReadOnlySpan<byte> json, List<string> target)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });

        // The path to the current token: member names, and array indexes as the count of items seen so far.
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        long best = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path.Add(reader.GetString() ?? string.Empty);
                        if (Matches(path, target, out var full))
                        {
                            best = reader.TokenStartIndex;
                            if (full)
                            {
                                return best;
                            }
                        }

                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        BeginValue(path, arrayIndex, target, reader.TokenStartIndex, ref best, out var found);
                        if (found)
                        {
                            return best;
                        }

                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            arrayIndex.Push(0);
                        }
                        else
                        {
                            arrayIndex.Push(-1);
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        arrayIndex.Pop();
                        EndValue(path, arrayIndex);
                        continue;
                    default:
                        BeginValue(path, arrayIndex, target, reader.TokenStartIndex, ref best, out var foundScalar);
                        if (foundScalar)
                        {
                            return best;
                        }

                        EndValue(path, arrayIndex);
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed tail: the best match so far is the answer.
        }

        return best;
    }

    private static void BeginValue(List<string> path, Stack<int> arrayIndex, List<string> target, long start, ref long best, out bool found)
    {
        found = false;
        if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
        {
            path.Add(arrayIndex.Peek().ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Matches(path, target, out var full))
            {
                best = start;
                found = full;
            }
        }
    }

    private static void EndValue(List<string> path, Stack<int> arrayIndex)
    {
        if (path.Count > 0)
        {
            path.RemoveAt(path.Count - 1);
        }

        if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
        {
            arrayIndex.Push(arrayIndex.Pop() + 1);
        }
    }

    /// <summary>True when <paramref name="path"/> is a prefix of the target; <paramref name="full"/> when it is all of it.</summary>
    private static bool Matches(List<string> path, List<string> target, out bool full)
    {
        full = false;
        if (path.Count > target.Count)
        {
            return false;
        }

        for (int i = 0; i < path.Count; i++)
        {
            if (!string.Equals(path[i], target[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        full = path.Count == target.Count;
        return true;
    }
}
