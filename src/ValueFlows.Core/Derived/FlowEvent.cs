using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Derived;

/// <summary>The facts of a stored economic event that derived views (track and trace, net flows, progress) read.</summary>
internal sealed record FlowEvent(Iri Id, VfAction? Action, VfRecord Record)
{
    public Iri? Resource => Record.GetIri("resourceInventoriedAs");

    public Iri? ToResource => Record.GetIri("toResourceInventoriedAs");

    public Iri? InputOf => Record.GetIri("inputOf");

    public Iri? OutputOf => Record.GetIri("outputOf");

    public Iri? Provider => Record.GetIri("provider");

    public Iri? Receiver => Record.GetIri("receiver");

    public Iri? Corrects => Record.GetIri("corrects");

    public Iri? ResourceConformsTo => Record.GetIri("resourceConformsTo");

    public VfMeasure? ResourceQuantity => Record.GetMeasure("resourceQuantity");

    public VfMeasure? EffortQuantity => Record.GetMeasure("effortQuantity");

    /// <summary>When the event happened: its point in time, else its end, else its beginning (null when none is stored).</summary>
    public DateTimeOffset? Time => Record.GetDateTime("hasPointInTime") ?? Record.GetDateTime("hasEnd") ?? Record.GetDateTime("hasBeginning");

    /// <summary>
    /// Whether <c>resourceInventoriedAs</c> comes before the event in the flow (it goes into the event: consumed, used,
    /// transferred from, copied) rather than after it (the event adds to it: produced, raised, modified).
    /// </summary>
    public bool ResourceIsBefore => Action?.InputOutput switch
    {
        InputOutput.Input => true,
        InputOutput.Output => false,
        InputOutput.OutputInput => OutputOf is null || InputOf is not null,
        _ => !(Action?.AccountingEffect == QuantityEffect.Increment || Action?.OnhandEffect == QuantityEffect.Increment),
    };

    /// <summary>Reads event <paramref name="id"/>, or null when it is not an event.</summary>
    public static FlowEvent? Read(IRecordQuads quads, Iri id)
    {
        var record = RecordCodec.Read(quads, id, 0);
        if (record is null || record.Type.Name != "EconomicEvent")
        {
            return null;
        }

        var actionIri = record.GetIri("action");
        return new FlowEvent(id, actionIri is not null && ActionCatalog.Standard.TryGet(actionIri.Value, out var action) ? action : null, record);
    }
}
