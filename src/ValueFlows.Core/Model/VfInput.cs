namespace ValueFlows.Core.Model;

/// <summary>
/// The field values of a create or update: a field set to values replaces what the record had; a field set to no
/// values clears it (GraphQL <c>null</c>); a field not mentioned stays as it is.
/// </summary>
public sealed class VfInput
{
    private readonly Dictionary<string, IReadOnlyList<VfValue>> _values = new(StringComparer.Ordinal);

    /// <summary>The fields given, in the order they were set.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<VfValue>> Values => _values;

    /// <summary>Sets <paramref name="field"/> to <paramref name="values"/> (none = clear); returns this input.</summary>
    public VfInput Set(string field, params VfValue[] values)
    {
        ArgumentNullException.ThrowIfNull(field);
        _values[field] = [.. values];
        return this;
    }

    /// <summary>Sets <paramref name="field"/> to <paramref name="values"/> (none = clear); returns this input.</summary>
    public VfInput Set(string field, IEnumerable<VfValue> values)
    {
        ArgumentNullException.ThrowIfNull(field);
        _values[field] = [.. values];
        return this;
    }

    /// <summary>True when <paramref name="field"/> is given (even as a clear).</summary>
    public bool Has(string field) => _values.ContainsKey(field);
}
