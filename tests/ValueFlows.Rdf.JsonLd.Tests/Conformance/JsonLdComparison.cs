using System.Text.Json.Nodes;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>
/// The suite's "JSON-LD object comparison": objects by members regardless of order, arrays regardless of order except
/// the values of <c>@list</c> (or everywhere in order when the entry asks for <c>ordered</c>), values strictly, language
/// tags case-insensitively.
/// </summary>
internal static class JsonLdComparison
{
    public static bool AreEquivalent(JsonNode? expected, JsonNode? actual, bool ordered = false) => Equal(expected, actual, ordered, listContext: false, key: null);

    private static bool Equal(JsonNode? a, JsonNode? b, bool ordered, bool listContext, string? key)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonObject oa:
            {
                if (b is not JsonObject ob || oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (var (k, v) in oa)
                {
                    if (!ob.TryGetPropertyValue(k, out var w) || !Equal(v, w, ordered, k == "@list", k))
                    {
                        return false;
                    }
                }

                return true;
            }

            case JsonArray aa:
            {
                if (b is not JsonArray ab || aa.Count != ab.Count)
                {
                    return false;
                }

                if (ordered || listContext)
                {
                    for (int i = 0; i < aa.Count; i++)
                    {
                        if (!Equal(aa[i], ab[i], ordered, false, key))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                return MatchUnordered(aa, ab, ordered, key);
            }

            default:
            {
                if (b is not JsonValue vb)
                {
                    return false;
                }

                var va = a.AsValue();
                if (va.GetValueKind() != vb.GetValueKind())
                {
                    return false;
                }

                return va.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.Number => AsDouble(va) == AsDouble(vb),
                    System.Text.Json.JsonValueKind.String when key == "@language" =>
                        string.Equals(va.GetValue<string>(), vb.GetValue<string>(), StringComparison.OrdinalIgnoreCase),
                    System.Text.Json.JsonValueKind.String => va.GetValue<string>() == vb.GetValue<string>(),
                    _ => true,
                };
            }
        }
    }

    private static double AsDouble(JsonValue v) => double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A one-to-one matching of the items, found by backtracking.</summary>
    private static bool MatchUnordered(JsonArray a, JsonArray b, bool ordered, string? key)
    {
        var used = new bool[b.Count];
        return Match(0);

        bool Match(int i)
        {
            if (i == a.Count)
            {
                return true;
            }

            for (int j = 0; j < b.Count; j++)
            {
                if (!used[j] && Equal(a[i], b[j], ordered, false, key))
                {
                    used[j] = true;
                    if (Match(i + 1))
                    {
                        return true;
                    }

                    used[j] = false;
                }
            }

            return false;
        }
    }
}
