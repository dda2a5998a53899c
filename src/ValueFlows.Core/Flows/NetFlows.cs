using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Flows;

/// <summary>
/// Net flows between agents (issue 7 item 5): every counted event whose provider and receiver differ, summed per pair,
/// action, resource specification and unit, with each agent's given/received balance — the view a small crew needs to
/// see whether reciprocity holds. Which actions count, and how corrections net out: docs/vf-derived.md.
/// </summary>
public static class NetFlows
{
    /// <summary>The actions that give something from the provider to the receiver.</summary>
    public static IReadOnlySet<string> CountedActions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "transfer", "transferAllRights", "transferCustody", "move", "copy",
        "produce", "consume", "use", "work", "deliverService",
    };

    private static readonly Iri s_eventClass = VfModel.Get("EconomicEvent").Class;

    /// <summary>The report for <paramref name="query"/>, from one scan of the events.</summary>
    public static NetFlowReport Compute(VfReadContext read, NetFlowQuery query)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(query);
        var quads = read.Quads;
        var cancelled = Corrections.AllCancelled(quads);
        var resourceSpecs = new Dictionary<Iri, Iri?>();
        var flows = new Dictionary<(Iri Provider, Iri Receiver, string Action, Iri? Spec, Iri Unit), (decimal Sum, int Count)>();
        foreach (var id in quads.Quads(null, RecordCodec.RdfType, s_eventClass).Select(q => q.Subject).OfType<Iri>().Distinct())
        {
            if (cancelled.Contains(id) || FlowEvent.Read(quads, id) is not { Action: { } action } e
                || !CountedActions.Contains(action.Id) || e.Provider is not { } provider || e.Receiver is not { } receiver
                || provider == receiver || !InGroup(query, provider, receiver) || !InPeriod(query, e.Time))
            {
                continue;
            }

            var quantity = action.Id == "use" ? e.EffortQuantity ?? e.ResourceQuantity : e.ResourceQuantity ?? e.EffortQuantity;
            if (quantity is not { Unit: { } unit })
            {
                continue;
            }

            var spec = e.ResourceConformsTo ?? SpecOf(quads, e.Resource, resourceSpecs);
            var key = (provider, receiver, action.Id, spec, unit);
            var (sum, count) = flows.GetValueOrDefault(key);
            flows[key] = (sum + quantity.NumericalValue, count + 1);
        }

        var flowList = flows
            .Select(f => new NetFlow(f.Key.Provider, f.Key.Receiver, f.Key.Action, f.Key.Spec, f.Key.Unit, f.Value.Sum, f.Value.Count))
            .OrderBy(f => f.Provider.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Receiver.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Action, StringComparer.Ordinal)
            .ThenBy(f => f.ResourceConformsTo?.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Unit.Value, StringComparer.Ordinal)
            .ToList();
        return new NetFlowReport(flowList, Balances(flowList, query.Agents));
    }

    private static List<AgentBalance> Balances(List<NetFlow> flows, IReadOnlySet<Iri>? agents)
    {
        var totals = new Dictionary<(Iri Agent, Iri? Spec, Iri Unit), (decimal Given, decimal Received)>();
        void Add(Iri agent, NetFlow flow, bool given)
        {
            if (agents is not null && !agents.Contains(agent))
            {
                return;
            }

            var key = (agent, flow.ResourceConformsTo, flow.Unit);
            var (g, r) = totals.GetValueOrDefault(key);
            totals[key] = given ? (g + flow.Quantity, r) : (g, r + flow.Quantity);
        }

        foreach (var flow in flows)
        {
            Add(flow.Provider, flow, given: true);
            Add(flow.Receiver, flow, given: false);
        }

        return [.. totals
            .Select(t => new AgentBalance(t.Key.Agent, t.Key.Spec, t.Key.Unit, t.Value.Given, t.Value.Received, t.Value.Given - t.Value.Received))
            .OrderBy(b => b.Agent.Value, StringComparer.Ordinal)
            .ThenBy(b => b.ResourceConformsTo?.Value, StringComparer.Ordinal)
            .ThenBy(b => b.Unit.Value, StringComparer.Ordinal)];
    }

    private static bool InGroup(NetFlowQuery query, Iri provider, Iri receiver) =>
        query.Agents is null || query.Agents.Contains(provider) || query.Agents.Contains(receiver);

    // An event without a time belongs to no period: it counts only when the query has none.
    private static bool InPeriod(NetFlowQuery query, DateTimeOffset? time) =>
        time is { } t
            ? (query.From is null || t >= query.From) && (query.To is null || t < query.To)
            : query.From is null && query.To is null;

    private static Iri? SpecOf(IRecordQuads quads, Iri? resource, Dictionary<Iri, Iri?> cache)
    {
        if (resource is null)
        {
            return null;
        }

        if (!cache.TryGetValue(resource, out var spec))
        {
            cache[resource] = spec = RecordCodec.Read(quads, resource, 0)?.GetIri("conformsTo");
        }

        return spec;
    }
}
