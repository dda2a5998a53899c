using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ValueFlows.Rdf.JsonLd.Model;

/// <summary>
/// A JSON object of the processor's internal representation. Entries keep their insertion order, so documents come out in
/// the order they went in; the algorithms sort keys themselves where the <c>ordered</c> option asks for it.
/// Values are <c>null</c>, <see cref="bool"/>, <see cref="double"/>, <see cref="string"/>, <see cref="List{T}"/> of values,
/// or another <see cref="JsonMap"/>.
/// </summary>
/// <remarks>
/// Most JSON-LD objects have a handful of entries (value objects one to three), so entries live in two parallel arrays
/// searched linearly; a hash index is added only past <see cref="IndexThreshold"/> entries. This keeps a document of a
/// hundred thousand triples to a few allocations per object.
/// </remarks>
internal sealed class JsonMap : IEnumerable<KeyValuePair<string, object?>>
{
    private const int IndexThreshold = 12;

    private Entry[] _entries;
    private int _count;
    private Dictionary<string, int>? _index;

    public JsonMap()
        : this(4)
    {
    }

    public JsonMap(int capacity)
    {
        _entries = new Entry[Math.Max(capacity, 1)];
    }

    public int Count => _count;

    /// <summary>The keys in insertion order.</summary>
    public KeyList Keys => new(this);

    public object? this[string key]
    {
        get
        {
            int i = IndexOf(key);
            return i >= 0 ? _entries[i].Value : throw new KeyNotFoundException($"No entry {key}.");
        }

        set
        {
            int i = IndexOf(key);
            if (i >= 0)
            {
                _entries[i].Value = value;
            }
            else
            {
                Append(key, value);
            }
        }
    }

    /// <summary>A map of one entry.</summary>
    public static JsonMap Of(string key, object? value)
    {
        var map = new JsonMap(1);
        map.Append(key, value);
        return map;
    }

    /// <summary>A map of two entries.</summary>
    public static JsonMap Of(string key1, object? value1, string key2, object? value2)
    {
        var map = new JsonMap(2);
        map.Append(key1, value1);
        map.Append(key2, value2);
        return map;
    }

    /// <summary>For collection initializers.</summary>
    public void Add(KeyValuePair<string, object?> entry) => this[entry.Key] = entry.Value;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            value = _entries[i].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public object? Get(string key)
    {
        int i = IndexOf(key);
        return i >= 0 ? _entries[i].Value : null;
    }

    public bool Remove(string key)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            return false;
        }

        _count--;
        Array.Copy(_entries, i + 1, _entries, i, _count - i);
        _entries[_count] = default;
        if (_index is not null)
        {
            RebuildIndex();
        }

        return true;
    }

    /// <summary>The keys in ordinal order.</summary>
    public string[] SortedKeys()
    {
        var keys = KeysInInsertionOrder();
        if (keys.Length > 1)
        {
            Array.Sort(keys, StringComparer.Ordinal);
        }

        return keys;
    }

    /// <summary>Copies the keys into <paramref name="buffer"/> (at least <see cref="Count"/> long) in ordinal order.</summary>
    public void CopySortedKeysTo(string[] buffer)
    {
        for (int i = 0; i < _count; i++)
        {
            buffer[i] = _entries[i].Key;
        }

        if (_count > 1)
        {
            Array.Sort(buffer, 0, _count, StringComparer.Ordinal);
        }
    }

    /// <summary>The keys in insertion order, or ordinal order when <paramref name="ordered"/>; a copy, safe to mutate the map.</summary>
    public string[] KeysInOrder(bool ordered) => ordered ? SortedKeys() : KeysInInsertionOrder();

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string[] KeysInInsertionOrder()
    {
        var keys = new string[_count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = _entries[i].Key;
        }

        return keys;
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var i) ? i : -1;
        }

        var entries = _entries;
        for (int i = 0; i < _count; i++)
        {
            var k = entries[i].Key;
            if (ReferenceEquals(k, key) || (k.Length == key.Length && string.Equals(k, key, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private void Append(string key, object? value)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count] = new Entry(key, value);
        if (_index is not null)
        {
            _index[key] = _count;
        }

        _count++;
        if (_index is null && _count > IndexThreshold)
        {
            RebuildIndex();
        }
    }

    private void RebuildIndex()
    {
        _index ??= new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
        _index.Clear();
        for (int i = 0; i < _count; i++)
        {
            _index[_entries[i].Key] = i;
        }
    }

    private struct Entry(string key, object? value)
    {
        public readonly string Key = key;
        public object? Value = value;
    }

    /// <summary>The keys of a map, in insertion order.</summary>
    internal readonly struct KeyList(JsonMap map) : IEnumerable<string>
    {
        public KeyEnumerator GetEnumerator() => new(map);

        IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Enumerates keys in insertion order; the map must not change meanwhile.</summary>
    internal struct KeyEnumerator(JsonMap map) : IEnumerator<string>
    {
        private int _i = -1;

        public readonly string Current => map._entries[_i].Key;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_i < map._count;

        public void Reset() => _i = -1;

        public readonly void Dispose()
        {
        }
    }

    /// <summary>Enumerates entries in insertion order; the map must not change meanwhile.</summary>
    internal struct Enumerator(JsonMap map) : IEnumerator<KeyValuePair<string, object?>>
    {
        private int _i = -1;

        public readonly KeyValuePair<string, object?> Current => new(map._entries[_i].Key, map._entries[_i].Value);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_i < map._count;

        public void Reset() => _i = -1;

        public readonly void Dispose()
        {
        }
    }
}
