using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Events;

/// <summary>Corrections (DECISIONS 15): an event with <c>corrects</c> reverses the effects of the event it corrects.</summary>
public sealed partial class EventRecorder
{
    // The facts a correction shares with the corrected event: taken from it when not given, refused when different.
    private static readonly string[] s_correctedFields =
        ["provider", "receiver", "resourceInventoriedAs", "toResourceInventoriedAs", "resourceQuantity", "effortQuantity", "inputOf", "outputOf", "resourceConformsTo"];

    private EventWrite RecordCorrection(VfWriteContext write, VfInput correction, Iri correctedId, VfInput? newInventoriedResource, Iri? correctionId)
    {
        if (newInventoriedResource is not null)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, "A correction creates no resource.", EventFields.NewInventoriedResource);
        }

        var corrected = write.Get(correctedId);
        if (corrected is null || corrected.Type != s_event)
        {
            throw new VfDomainException(VfErrorCode.NotFound, $"No EconomicEvent {correctedId.Value} to correct.", EventFields.Corrects);
        }

        if (corrected.GetIri("corrects") is not null)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"{correctedId.Value} is itself a correction; correct the original event only once.", EventFields.Corrects);
        }

        if (Corrections.IsCorrected(write.Quads, correctedId))
        {
            throw new VfDomainException(VfErrorCode.Conflict, $"{correctedId.Value} has already been corrected.", EventFields.Corrects);
        }

        var input = Copy(correction);
        var action = ReadFacts(write, input, null).Action;
        if (corrected.GetIri("action") is not { } correctedAction || !_actions.TryGet(correctedAction.Value, out var original) || original.Id != action.Id)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput,
                $"A correction has the action of the event it corrects ({corrected.GetIri("action")?.Value}), not '{action.Id}'.", EventFields.Corrects);
        }

        foreach (var field in s_correctedFields)
        {
            var stored = corrected.Get(field);
            if (!input.Has(field))
            {
                input.Set(field, stored);
            }
            else if (!input.Values[field].SequenceEqual(stored))
            {
                throw new VfDomainException(VfErrorCode.BadUserInput,
                    $"A correction reverses the event it corrects: its '{field}' must be the corrected event's (or not given).", "event." + field);
            }
        }

        // The corrected event's effects, computed against the resources as they are now, are the deltas to take back.
        var facts = ReadFacts(write, input, null);
        var outcome = EventEffects.Apply(facts);
        var eventId = write.Create(s_event, input, allowInternal: false, correctionId);
        var changed = new List<Iri>();
        foreach (var (before, after) in new[] { (facts.Resource, outcome.Resource), (facts.ToResource, outcome.ToResource) })
        {
            if (before is not null && after is not null && before != after)
            {
                var reversed = before with
                {
                    AccountingQuantity = Reverse(before.AccountingQuantity, after.AccountingQuantity),
                    OnhandQuantity = Reverse(before.OnhandQuantity, after.OnhandQuantity),
                };
                if (reversed != before)
                {
                    var resourceInput = new VfInput();
                    SetState(resourceInput, before, reversed);
                    var id = Iri.Create(before.Iri);
                    write.Write(id, resourceInput);
                    changed.Add(id);
                }
            }
        }

        var transfer = outcome.ImpliedTransfer is { } t ? t with { From = t.To, To = t.From } : null;
        return new EventWrite(eventId, null, changed, transfer);
    }

    /// <summary><paramref name="now"/> minus what the corrected event added (<paramref name="applied"/> − <paramref name="now"/>).</summary>
    private static Quantity? Reverse(Quantity? now, Quantity? applied) => (now, applied) switch
    {
        ({ } n, { } a) => n.Add(n.Value - a.Value),
        (null, { } a) => a with { Value = -a.Value },
        _ => now,
    };
}
