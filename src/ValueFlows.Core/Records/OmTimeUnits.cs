using ValueFlows.Core.Model;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary>The OM units a <see cref="VfDuration"/> is stored with (DECISIONS 9).</summary>
internal static class OmTimeUnits
{
    private static readonly Dictionary<VfTimeUnit, Iri> ToIri = new()
    {
        [VfTimeUnit.Year] = Om("year"),
        [VfTimeUnit.Month] = Om("month"),
        [VfTimeUnit.Week] = Om("week"),
        [VfTimeUnit.Day] = Om("day"),
        [VfTimeUnit.Hour] = Om("hour"),
        [VfTimeUnit.Minute] = Om("minute-Time"),
        [VfTimeUnit.Second] = Om("second-Time"),
    };

    private static readonly Dictionary<Iri, VfTimeUnit> FromIri = ToIri.ToDictionary(p => p.Value, p => p.Key);

    public static Iri Iri(VfTimeUnit unit) => ToIri[unit];

    public static bool TryGet(Iri iri, out VfTimeUnit unit) => FromIri.TryGetValue(iri, out unit);

    private static Iri Om(string local) => Rdf.Iri.CreateUnchecked(VfNamespaces.Om2 + local);
}
