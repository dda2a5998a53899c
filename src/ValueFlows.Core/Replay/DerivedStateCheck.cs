using System.Globalization;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Replay;

/// <summary>
/// <c>vf check</c> (DECISIONS 7): recomputes the derived state of every resource — quantities, location, containment,
/// accountable agent, stage, state — by replaying the stored records into an in-memory ledger through Core, and lists
/// every stored value that differs (e.g. after a raw SPARQL Update). Reads one snapshot; writes nothing.
/// </summary>
public static class DerivedStateCheck
{
    private static readonly VfRecordType s_resource = VfModel.Get("EconomicResource");

    /// <summary>Checks the current state of <paramref name="ledger"/>'s store.</summary>
    public static DerivedStateReport Run(VfLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var snapshot = ledger.Store.OpenSnapshot();
        var quads = snapshot.GetQuads(null, null, null, null).ToList();
        using var scratch = QuadStore.CreateInMemory();
        var recomputedLedger = new VfLedger(scratch, ledger.BaseIri);
        var replay = RecordReplay.Replay(recomputedLedger, quads);
        if (!replay.Succeeded)
        {
            return new DerivedStateReport { Replay = replay, Differences = [] };
        }

        var resources = quads
            .Where(q => q.Predicate == RecordCodec.RdfType && q.Object == s_resource.Class && q.Subject is Iri)
            .Select(q => (Iri)q.Subject)
            .Distinct()
            .OrderBy(r => r.Value, StringComparer.Ordinal)
            .ToList();
        var stored = new SnapshotQuads(snapshot);
        using var recomputed = recomputedLedger.OpenRead();
        var differences = new List<DerivedStateDifference>();
        foreach (var id in resources)
        {
            var before = RecordCodec.Read(stored, id, 0);
            var after = recomputed.Get(id);
            foreach (var field in RecordReplay.DerivedResourceFields)
            {
                var storedText = Describe(before?.Get(field));
                var recomputedText = Describe(after?.Get(field));
                if (!string.Equals(storedText, recomputedText, StringComparison.Ordinal))
                {
                    differences.Add(new DerivedStateDifference(id, field, storedText, recomputedText));
                }
            }
        }

        return new DerivedStateReport { Replay = replay, Differences = differences, ResourcesChecked = resources.Count };
    }

    /// <summary>A field's values as comparable text (numbers by value, so <c>12</c> and <c>12.0</c> agree), or null.</summary>
    private static string? Describe(IReadOnlyList<VfValue>? values)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        return string.Join(", ", values.Select(v => v switch
        {
            VfMeasure m => string.Create(CultureInfo.InvariantCulture, $"{m.NumericalValue / 1.000000000000000000000000000000000m} {m.Unit?.Value}"),
            VfTermValue { Term: Iri iri } => iri.Value,
            VfTermValue { Term: Literal literal } => literal.Value,
            _ => v.ToString(),
        }).Order(StringComparer.Ordinal));
    }
}
