using ValueFlows.Core.Actions;
using ValueFlows.Core.Events;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>
/// Feeds VF records given as RDF through Core (DECISIONS 7, 8; <c>vf import --replay</c>, <c>vf serve --samples</c>,
/// <c>vf check</c>): other records in dependency order, events in time order through <see cref="EventRecorder"/>, so
/// resource quantities, location, containment and accountability are what Core derives, never what the input says (a
/// resource's <c>currentLocation</c> is read only as where it was created, when the creating event does not say). The
/// input's IRIs are kept. Everything is written in ONE transaction: any broken record → nothing is written and the
/// report names the record and field.
/// </summary>
public static class RecordReplay
{
    /// <summary>The EconomicResource fields Core derives from events, which a replay never takes from its input as they are.</summary>
    public static IReadOnlyList<string> DerivedResourceFields => ReplayReader.DerivedResourceFields;

    /// <summary>Replays the VF records in <paramref name="quads"/> (default graph) into <paramref name="ledger"/>.</summary>
    public static ReplayReport Replay(VfLedger ledger, IEnumerable<Quad> quads, IProgress<ReplayProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(quads);
        var reading = ReplayReader.Read(quads, ledger.BaseIri);
        var errors = reading.Errors;
        var plan = ReplayPlan.Order(reading.Records, ActionCatalog.Standard, errors);
        var created = new SortedDictionary<string, int>(StringComparer.Ordinal);
        ReplayReport Report(long? sequence, int existingUnits) => new()
        {
            Created = sequence is null ? new SortedDictionary<string, int>(StringComparer.Ordinal) : created,
            Sequence = sequence,
            Errors = errors,
            Ignored = reading.Ignored,
            DerivedValuesSkipped = reading.DerivedValuesSkipped,
            ExistingUnitsKept = existingUnits,
        };

        if (errors.Count > 0)
        {
            return Report(null, 0);
        }

        var recorder = new EventRecorder(ledger);
        int existingUnits = 0;
        using var write = ledger.BeginWrite();
        for (int i = 0; i < plan.Count; i++)
        {
            var step = plan[i];
            var record = step.Record;
            try
            {
                if (record.Type.Name == "Unit" && write.Get(record.Id)?.Type == record.Type)
                {
                    existingUnits++;
                }
                else if (record.IsEvent)
                {
                    var input = record.Input;
                    VfInput? newResource = null;
                    if (step.NewResource is { } resource)
                    {
                        input = Without(input, step.NewResourceField!);
                        newResource = WithLocation(resource, step.NewResourceKeepsLocation);
                    }

                    recorder.Record(write, input, newResource, record.Id, step.NewResource?.Id);
                    Count(created, record.Type.Name);
                    if (step.NewResource is not null)
                    {
                        Count(created, step.NewResource.Type.Name);
                    }
                }
                else
                {
                    write.Create(record.Type, WithLocation(record, keep: true), allowInternal: false, record.Id);
                    Count(created, record.Type.Name);
                }
            }
            catch (VfDomainException e)
            {
                errors.Add(new ReplayError(record.Id, e.Field, e.Code, e.Message));
                return Report(null, 0);
            }

            progress?.Report(new ReplayProgress(i + 1, plan.Count));
        }

        return Report(write.Commit().Sequence, existingUnits);
    }

    /// <summary>A resource's input with the location it was created at, when nothing else decides it.</summary>
    private static VfInput WithLocation(ReplayRecord record, bool keep)
    {
        if (!keep || record.CreatedAt is null)
        {
            return record.Input;
        }

        var copy = Without(record.Input, "currentLocation");
        copy.Set("currentLocation", VfValue.Of(record.CreatedAt));
        return copy;
    }

    private static VfInput Without(VfInput input, string field)
    {
        var copy = new VfInput();
        foreach (var (name, values) in input.Values.Where(p => p.Key != field))
        {
            copy.Set(name, values);
        }

        return copy;
    }

    private static void Count(SortedDictionary<string, int> counts, string type) => counts[type] = counts.GetValueOrDefault(type) + 1;
}
