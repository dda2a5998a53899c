using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Trace;

/// <summary>
/// The observed flow network of resources, events and processes (VF's input–process–output pattern) as one-step
/// neighbours, both ways. Events are the edges' carriers: an event comes after the process it is an output of and after the
/// resource it takes from, and before the process it is an input of and the resource it adds to. Corrected events and
/// their corrections are not part of the network.
/// </summary>
internal sealed class FlowGraph(IRecordQuads quads)
{
    public const string EventType = "EconomicEvent";
    public const string ResourceType = "EconomicResource";
    public const string ProcessType = "Process";

    private static readonly VfRecordType s_event = VfModel.Get(EventType);
    private static readonly Iri s_resourceInventoriedAs = s_event.Field("resourceInventoriedAs")!.Predicate;
    private static readonly Iri s_toResourceInventoriedAs = s_event.Field("toResourceInventoriedAs")!.Predicate;
    private static readonly Iri s_inputOf = s_event.Field("inputOf")!.Predicate;
    private static readonly Iri s_outputOf = s_event.Field("outputOf")!.Predicate;

    private readonly Dictionary<Iri, FlowEvent?> _events = [];

    /// <summary>The node's type name when it is a resource, event or process; else null.</summary>
    public string? TypeOf(Iri id) => RecordCodec.TypeOf(quads, id)?.Name switch
    {
        EventType => EventType,
        ResourceType => ResourceType,
        ProcessType => ProcessType,
        _ => null,
    };

    /// <summary>
    /// The one-step neighbours of <paramref name="id"/> (of type <paramref name="type"/>) forwards (<paramref name="next"/>)
    /// or backwards: for an event its process, then its resource, then its "to" resource; for a resource or process its
    /// events ordered by time (point in time, else end, else beginning; none first), then IRI.
    /// </summary>
    public List<(Iri Id, string Type)> Neighbours(Iri id, string type, bool next)
    {
        if (type == EventType)
        {
            return Event(id) is { } e && !Corrections.IsCancelled(quads, e) ? (next ? After(e) : Before(e)) : [];
        }

        var (first, second) = type == ResourceType ? (s_resourceInventoriedAs, s_toResourceInventoriedAs) : (s_inputOf, s_outputOf);
        var events = new List<FlowEvent>();
        foreach (var subject in quads.Quads(null, first, id).Concat(quads.Quads(null, second, id)).Select(q => q.Subject).OfType<Iri>().Distinct())
        {
            if (Event(subject) is { } e && !Corrections.IsCancelled(quads, e)
                && (next ? Before(e) : After(e)).Exists(n => n.Id == id))
            {
                events.Add(e);
            }
        }

        return [.. events
            .OrderBy(e => e.Time ?? DateTimeOffset.MinValue)
            .ThenBy(e => e.Id.Value, StringComparer.Ordinal)
            .Select(e => (e.Id, EventType))];
    }

    private static List<(Iri Id, string Type)> Before(FlowEvent e)
    {
        var nodes = new List<(Iri Id, string Type)>(2);
        if (e.OutputOf is { } process)
        {
            nodes.Add((process, ProcessType));
        }

        if (e.Resource is { } resource && e.ResourceIsBefore)
        {
            nodes.Add((resource, ResourceType));
        }

        return nodes;
    }

    private static List<(Iri Id, string Type)> After(FlowEvent e)
    {
        var nodes = new List<(Iri Id, string Type)>(3);
        if (e.InputOf is { } process)
        {
            nodes.Add((process, ProcessType));
        }

        if (e.Resource is { } resource && !e.ResourceIsBefore)
        {
            nodes.Add((resource, ResourceType));
        }

        if (e.ToResource is { } to)
        {
            nodes.Add((to, ResourceType));
        }

        return nodes;
    }

    private FlowEvent? Event(Iri id)
    {
        if (!_events.TryGetValue(id, out var e))
        {
            _events[id] = e = FlowEvent.Read(quads, id);
        }

        return e;
    }
}
