using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Events;

/// <summary>
/// Records economic events in the store (vf-graphql <c>createEconomicEvent</c>): in one transaction it reads what the event
/// names, applies <see cref="EventEffects"/>, creates the new resource when asked, writes the event and the changed
/// resources, and commits — or writes nothing when any rule is broken. An event with <c>corrects</c> instead takes the
/// corrected event's quantity effects back (DECISIONS 15; docs/vf-derived.md).
/// </summary>
public sealed partial class EventRecorder
{
    private static readonly VfRecordType s_event = VfModel.Get("EconomicEvent");
    private static readonly VfRecordType s_resource = VfModel.Get("EconomicResource");
    private static readonly VfRecordType s_process = VfModel.Get("Process");

    // The fields of newInventoriedResource (EconomicResourceCreateParams) a client may set.
    private static readonly string[] s_newResourceFields =
        ["name", "trackingIdentifier", "image", "imageList", "containedIn", "note", "currentLocation", "conformsTo", "lot", "classifiedAs", "unitOfEffort"];

    // The store mints the new resource's IRI when it is written; the rules only need an identity until then.
    private const string NewResourcePlaceholder = "urn:vf:new-resource";

    private readonly VfLedger _ledger;
    private readonly ActionCatalog _actions;

    /// <summary>A recorder writing to <paramref name="ledger"/> with the standard VF actions (or <paramref name="actions"/>).</summary>
    public EventRecorder(VfLedger ledger, ActionCatalog? actions = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        _ledger = ledger;
        _actions = actions ?? ActionCatalog.Standard;
    }

    /// <summary>Records one event in its own transaction and returns what was written, as stored.</summary>
    /// <exception cref="VfDomainException">A rule is broken or a referenced record is missing; nothing was written.</exception>
    public RecordedEvent Record(VfInput @event, VfInput? newInventoriedResource = null)
    {
        EventWrite written;
        long sequence;
        using (var write = _ledger.BeginWrite())
        {
            written = Record(write, @event, newInventoriedResource);
            sequence = write.Commit().Sequence;
        }

        using var read = _ledger.OpenRead();
        VfRecord Stored(Iri id) => read.Get(id) ?? throw new InvalidOperationException($"The record {id} just written is not readable.");
        return new RecordedEvent(
            Stored(written.Event),
            written.NewResource is null ? null : Stored(written.NewResource),
            [.. written.ChangedResources.Select(Stored)],
            written.ImpliedTransfer,
            sequence);
    }

    /// <summary>Records one event inside the caller's transaction (e.g. with the fulfilment it makes); the caller commits.</summary>
    /// <exception cref="VfDomainException">A rule is broken or a referenced record is missing; dispose the transaction.</exception>
    public EventWrite Record(VfWriteContext write, VfInput @event, VfInput? newInventoriedResource = null) =>
        Record(write, @event, newInventoriedResource, eventId: null, newResourceId: null);

    /// <summary>Records one event keeping the given IRIs for it and its new resource (null = mint), as replays do.</summary>
    internal EventWrite Record(VfWriteContext write, VfInput @event, VfInput? newInventoriedResource, Iri? eventId, Iri? newResourceId)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(@event);
        if (IriOf(@event, "corrects") is { } corrected)
        {
            return RecordCorrection(write, @event, corrected, newInventoriedResource, eventId);
        }

        var facts = ReadFacts(write, @event, newInventoriedResource);
        var outcome = EventEffects.Apply(facts);

        var eventInput = Copy(@event);
        Iri? created = null;
        if (outcome.Created is { } newState)
        {
            var resourceInput = new VfInput();
            foreach (var (name, values) in newInventoriedResource!.Values)
            {
                if (!s_newResourceFields.Contains(name, StringComparer.Ordinal))
                {
                    throw new VfDomainException(VfErrorCode.BadUserInput, $"newInventoriedResource has no field '{name}' that can be set.",
                        EventFields.NewInventoriedResource + "." + name);
                }

                resourceInput.Set(name, values);
            }

            SetState(resourceInput, null, newState);
            resourceInput.Set("conformsTo", VfValue.Of(Iri.Create(newState.ConformsTo!)));
            created = write.Create(s_resource, resourceInput, allowInternal: true, newResourceId);
            eventInput.Set(
                facts.Action.CreateResource == CreateResource.OptionalTo ? "toResourceInventoriedAs" : "resourceInventoriedAs",
                VfValue.Of(created));
        }

        var recordedEvent = write.Create(s_event, eventInput, allowInternal: false, eventId);
        var changed = new List<Iri>();
        if (created is not null)
        {
            changed.Add(created);
        }

        foreach (var (before, after) in new[] { (facts.Resource, outcome.Resource), (facts.ToResource, outcome.ToResource) })
        {
            if (before is not null && after is not null && before != after)
            {
                var input = new VfInput();
                SetState(input, before, after);
                var id = Iri.Create(before.Iri);
                write.Write(id, input);
                changed.Add(id);
            }
        }

        var transfer = outcome.ImpliedTransfer;
        if (created is not null && transfer?.Resource == NewResourcePlaceholder)
        {
            transfer = transfer with { Resource = created.Value };
        }

        return new EventWrite(recordedEvent, created, changed, transfer);
    }

    private EventFacts ReadFacts(VfWriteContext write, VfInput @event, VfInput? newResource)
    {
        var actionText = Single(@event, "action") switch
        {
            VfTermValue { Term: Iri iri } => iri.Value,
            VfTermValue { Term: Literal literal } => literal.Value,
            _ => throw new VfDomainException(VfErrorCode.BadUserInput, "An event needs an action.", EventFields.Action),
        };
        var action = _actions.Get(actionText, EventFields.Action);

        return new EventFacts(action, IriOf(@event, "provider")?.Value ?? string.Empty, IriOf(@event, "receiver")?.Value ?? string.Empty)
        {
            ResourceQuantity = QuantityOf(@event, "resourceQuantity"),
            EffortQuantity = QuantityOf(@event, "effortQuantity"),
            Resource = ResourceOf(write, IriOf(@event, "resourceInventoriedAs"), EventFields.ResourceInventoriedAs),
            ToResource = ResourceOf(write, IriOf(@event, "toResourceInventoriedAs"), EventFields.ToResourceInventoriedAs),
            InputOf = ProcessOf(write, IriOf(@event, "inputOf"), EventFields.InputOf),
            OutputOf = ProcessOf(write, IriOf(@event, "outputOf"), EventFields.OutputOf),
            AtLocation = IriOf(@event, "atLocation")?.Value,
            ToLocation = IriOf(@event, "toLocation")?.Value,
            ResourceConformsTo = IriOf(@event, "resourceConformsTo")?.Value,
            State = Single(@event, "state") is VfTermValue { Term: Literal state } ? state.Value : null,
            NewResource = newResource is null
                ? null
                : new NewResourceRequest(
                    NewResourcePlaceholder,
                    IriOf(newResource, "conformsTo")?.Value,
                    IriOf(newResource, "currentLocation")?.Value,
                    IriOf(newResource, "containedIn")?.Value),
        };
    }

    private static ResourceState? ResourceOf(VfWriteContext write, Iri? id, string field)
    {
        if (id is null)
        {
            return null;
        }

        var record = write.Get(id);
        if (record is null || record.Type != s_resource)
        {
            throw new VfDomainException(VfErrorCode.NotFound, $"No EconomicResource {id.Value}.", field);
        }

        return new ResourceState(id.Value)
        {
            ConformsTo = record.GetIri("conformsTo")?.Value,
            AccountingQuantity = ToQuantity(record.GetMeasure("accountingQuantity")),
            OnhandQuantity = ToQuantity(record.GetMeasure("onhandQuantity")),
            CurrentLocation = record.GetIri("currentLocation")?.Value,
            ContainedIn = record.GetIri("containedIn")?.Value,
            PrimaryAccountable = record.GetIri("primaryAccountable")?.Value,
            Stage = record.GetIri("stage")?.Value,
            State = record.GetString("state"),
        };
    }

    private static ProcessFacts? ProcessOf(VfWriteContext write, Iri? id, string field)
    {
        if (id is null)
        {
            return null;
        }

        var record = write.Get(id);
        return record is not null && record.Type == s_process
            ? new ProcessFacts(id.Value, record.GetIri("basedOn")?.Value)
            : throw new VfDomainException(VfErrorCode.NotFound, $"No Process {id.Value}.", field);
    }

    /// <summary>Sets the fields the effects changed between <paramref name="before"/> (null: a new resource) and <paramref name="after"/>.</summary>
    private static void SetState(VfInput input, ResourceState? before, ResourceState after)
    {
        void Measure(string field, Quantity? was, Quantity? now)
        {
            if (now is { } q && (before is null || was != now))
            {
                input.Set(field, new VfMeasure(q.Value, Iri.Create(q.Unit)));
            }
        }

        void Reference(string field, string? was, string? now)
        {
            if (before is null ? now is not null : !string.Equals(was, now, StringComparison.Ordinal))
            {
                input.Set(field, now is null ? [] : [VfValue.Of(Iri.Create(now))]);
            }
        }

        Measure("accountingQuantity", before?.AccountingQuantity, after.AccountingQuantity);
        Measure("onhandQuantity", before?.OnhandQuantity, after.OnhandQuantity);
        Reference("currentLocation", before?.CurrentLocation, after.CurrentLocation);
        Reference("containedIn", before?.ContainedIn, after.ContainedIn);
        Reference("primaryAccountable", before?.PrimaryAccountable, after.PrimaryAccountable);
        Reference("stage", before?.Stage, after.Stage);
        if (before is null ? after.State is not null : !string.Equals(before.State, after.State, StringComparison.Ordinal))
        {
            input.Set("state", after.State is null ? [] : [VfValue.Of(after.State)]);
        }
    }

    private static VfInput Copy(VfInput input)
    {
        var copy = new VfInput();
        foreach (var (name, values) in input.Values)
        {
            copy.Set(name, values);
        }

        return copy;
    }

    private static VfValue? Single(VfInput input, string field) =>
        input.Values.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;

    private static Iri? IriOf(VfInput input, string field) => Single(input, field) is VfTermValue { Term: Iri iri } ? iri : null;

    private static Quantity? QuantityOf(VfInput input, string field) =>
        Single(input, field) is VfMeasure measure ? new Quantity(measure.NumericalValue, measure.Unit?.Value ?? string.Empty) : null;

    private static Quantity? ToQuantity(VfMeasure? measure) =>
        measure is null ? null : new Quantity(measure.NumericalValue, measure.Unit?.Value ?? string.Empty);
}
