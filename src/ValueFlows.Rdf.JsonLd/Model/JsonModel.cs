using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>
/// Moves JSON between System.Text.Json and the internal representation (<see cref="JsonMap"/>, <see cref="List{T}"/>,
/// strings, doubles, booleans, null), and compares and copies internal values.
/// </summary>
internal static class JsonModel
{
    /// <summary>The internal representation of a parsed element.</summary>
    public static object? FromElement(JsonElement element) => new StringPool().Convert(element);

    /// <summary>
    /// Converts elements, reusing one string for each key and short value that recurs: JSON-LD documents repeat the
    /// same keys, types and IRIs on every node, and one string each saves most of the conversion's allocations.
    /// </summary>
    private sealed class StringPool
    {
        private const int MaxPooledLength = 96;
        private const int MaxPooledStrings = 100_000;

        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

        public object? Convert(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                {
                    var map = new JsonMap(element.GetPropertyCount());
                    foreach (var p in element.EnumerateObject())
                    {
                        // JSON allows a repeated key; like JavaScript, the last one wins.
                        map[Name(p)] = Convert(p.Value);
                    }

                    return map;
                }

                case JsonValueKind.Array:
                {
                    var list = new List<object?>(element.GetArrayLength());
                    foreach (var item in element.EnumerateArray())
                    {
                        list.Add(Convert(item));
                    }

                    return list;
                }

                case JsonValueKind.String:
                    return StringValue(element);
                case JsonValueKind.Number:
                    return element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        private string Name(JsonProperty property)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
            return Pooled(raw) ?? property.Name;
        }

        private string StringValue(JsonElement element)
        {
            // The raw value keeps its quotes.
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
            return (raw.Length >= 2 ? Pooled(raw[1..^1]) : null) ?? element.GetString()!;
        }

        /// <summary>The pooled string for unescaped UTF-8 text, or null when it must be decoded the long way.</summary>
        private string? Pooled(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > MaxPooledLength || utf8.IndexOf((byte)'\\') >= 0)
            {
                return null;
            }

            Span<char> chars = stackalloc char[MaxPooledLength];
            int length = System.Text.Encoding.UTF8.GetChars(utf8, chars);
            var text = chars[..length];
            if (_lookup.TryGetValue(text, out var pooled))
            {
                return pooled;
            }

            var created = new string(text);
            if (_strings.Count < MaxPooledStrings)
            {
                _strings[created] = created;
            }

            return created;
        }
    }

    /// <summary>The internal representation of a node tree (the tree is not modified).</summary>
    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
            {
                var map = new JsonMap(obj.Count);
                foreach (var p in obj)
                {
                    map[p.Key] = FromNode(p.Value);
                }

                return map;
            }

            case JsonArray arr:
            {
                var list = new List<object?>(arr.Count);
                foreach (var item in arr)
                {
                    list.Add(FromNode(item));
                }

                return list;
            }

            default:
            {
                var v = node.AsValue();
                if (v.TryGetValue<JsonElement>(out var el))
                {
                    return FromElement(el);
                }

                if (v.TryGetValue<string>(out var s))
                {
                    return s;
                }

                if (v.TryGetValue<bool>(out var b))
                {
                    return b;
                }

                if (v.TryGetValue<double>(out var d))
                {
                    return d;
                }

                // Other CLR numbers and anything serializable: go through JSON once.
                return FromElement(JsonSerializer.SerializeToElement(node));
            }
        }
    }

    /// <summary>
    /// A node tree for an internal value, made by writing the value as JSON and parsing it back: System.Text.Json then
    /// builds the nodes lazily, which costs a fraction of building them one by one.
    /// </summary>
    public static JsonNode? ToNode(object? value)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return JsonNode.Parse(buffer.WrittenSpan);
    }

    /// <summary>Writes an internal value as JSON; numbers as JavaScript prints them.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                if (IsSafeInteger(d))
                {
                    writer.WriteNumberValue((long)d);
                }
                else
                {
                    writer.WriteRawValue(EcmaScriptNumber.Format(d), skipInputValidation: true);
                }

                break;
            case JsonMap map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WritePropertyName(k);
                    Write(writer, v);
                }

                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Not a JSON value: {value.GetType()}.");
        }
    }

    /// <summary>True for a whole number JavaScript holds exactly.</summary>
    public static bool IsSafeInteger(double d) => Math.Abs(d) <= 9007199254740991d && Math.Floor(d) == d;

    /// <summary>True for strings, numbers and booleans.</summary>
    public static bool IsScalar(object? value) => value is string or double or bool;

    /// <summary>Structural equality: maps by entries regardless of order, arrays in order, numbers by value.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case string s:
                return b is string t && string.Equals(s, t, StringComparison.Ordinal);
            case double d:
                return b is double e && d.Equals(e);
            case bool x:
                return b is bool y && x == y;
            case JsonMap m:
            {
                if (b is not JsonMap n || m.Count != n.Count)
                {
                    return false;
                }

                foreach (var (k, v) in m)
                {
                    if (!n.TryGetValue(k, out var w) || !DeepEquals(v, w))
                    {
                        return false;
                    }
                }

                return true;
            }

            case List<object?> l:
            {
                if (b is not List<object?> r || l.Count != r.Count)
                {
                    return false;
                }

                for (int i = 0; i < l.Count; i++)
                {
                    if (!DeepEquals(l[i], r[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            default:
                return false;
        }
    }

    /// <summary>The value as an array: itself when it is one, else a new one-item array.</summary>
    public static List<object?> AsList(object? value) => value as List<object?> ?? [value];

    /// <summary>A short description of a value for error messages.</summary>
    public static string Describe(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => JsonSerializer.Serialize(s),
            double d => EcmaScriptNumber.Format(d),
            bool b => b ? "true" : "false",
            JsonMap => "an object",
            List<object?> => "an array",
            _ => value.ToString() ?? string.Empty,
        };
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
