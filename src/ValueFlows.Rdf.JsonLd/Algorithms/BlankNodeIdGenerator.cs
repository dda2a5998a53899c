using System.Globalization;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Generate Blank Node Identifier algorithm (JSON-LD 1.1 API §7.4.2): <c>_:b0</c>, <c>_:b1</c>, …, with the same
/// new identifier every time one old identifier is relabelled.
/// </summary>
internal sealed class BlankNodeIdGenerator
{
    private readonly Dictionary<string, string> _identifierMap = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>The new identifier for <paramref name="identifier"/>, or a fresh one when it is null.</summary>
    public string Generate(string? identifier = null)
    {
        // Step 1.
        if (identifier is not null && _identifierMap.TryGetValue(identifier, out var mapped))
        {
            return mapped;
        }

        // Steps 2 to 4.
        var fresh = "_:b" + _counter++.ToString(CultureInfo.InvariantCulture);
        if (identifier is not null)
        {
            _identifierMap[identifier] = fresh;
        }

        return fresh;
    }

    public static bool IsBlankNodeId(string? s) => s is not null && s.StartsWith("_:", StringComparison.Ordinal);
}
