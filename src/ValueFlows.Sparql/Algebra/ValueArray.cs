using System.Collections;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// An immutable list that compares by its items, so that algebra records holding lists compare by value.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[] _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public ValueArray(IEnumerable<T> items) => _items = [.. items];

    private ValueArray(T[] items, bool owned) => _items = owned ? items : [.. items];

    /// <summary>The empty list.</summary>
    public static ValueArray<T> Empty { get; } = new([], true);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueArray<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items separated by spaces (for debugging).</summary>
    public override string ToString() => string.Join(" ", _items);

    internal static ValueArray<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueArray<T>(items, true);

    internal static ValueArray<T> Own(List<T> items) => items.Count == 0 ? Empty : new ValueArray<T>([.. items], true);
}

/// <summary>Creates <see cref="ValueArray{T}"/> values.</summary>
public static class ValueArray
{
    /// <summary>A list of the given items.</summary>
    public static ValueArray<T> Create<T>(params ReadOnlySpan<T> items) => ValueArray<T>.Own(items.ToArray());
}
