namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>
/// A JSON object of the processor's internal representation. Entries keep their insertion order, so documents come out in
/// the order they went in; the algorithms sort keys themselves where the <c>ordered</c> option asks for it.
/// Values are <c>null</c>, <see cref="bool"/>, <see cref="double"/>, <see cref="string"/>, <see cref="List{T}"/> of values,
/// or another <see cref="JsonMap"/>.
/// </summary>
internal sealed class JsonMap : OrderedDictionary<string, object?>
{
    public JsonMap()
        : base(StringComparer.Ordinal)
    {
    }

    public JsonMap(int capacity)
        : base(capacity, StringComparer.Ordinal)
    {
    }

    /// <summary>A map of one entry.</summary>
    public static JsonMap Of(string key, object? value) => new(1) { [key] = value };

    /// <summary>A map of two entries.</summary>
    public static JsonMap Of(string key1, object? value1, string key2, object? value2) => new(2) { [key1] = value1, [key2] = value2 };

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public object? Get(string key) => TryGetValue(key, out var v) ? v : null;

    /// <summary>The keys in ordinal order.</summary>
    public string[] SortedKeys()
    {
        var keys = new string[Count];
        int i = 0;
        foreach (var k in Keys)
        {
            keys[i++] = k;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    /// <summary>The keys in insertion order, or ordinal order when <paramref name="ordered"/>; a copy, safe to mutate the map.</summary>
    public string[] KeysInOrder(bool ordered)
    {
        if (ordered)
        {
            return SortedKeys();
        }

        var keys = new string[Count];
        int i = 0;
        foreach (var k in Keys)
        {
            keys[i++] = k;
        }

        return keys;
    }
}
