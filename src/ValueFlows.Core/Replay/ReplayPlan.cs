using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>
/// The order a replay writes records in: every record after the records it refers to, events in time order (then by
/// IRI, as event lists are ordered: DECISIONS 17), and other records as early as their references allow (in input order).
/// A resource first named by an event whose action may create it (<c>createResource</c> optional / optionalTo, in the
/// matching field) is created by that event.
/// </summary>
internal static class ReplayPlan
{
    public static List<ReplayStep> Order(IReadOnlyList<ReplayRecord> records, ActionCatalog actions, List<ReplayError> errors)
    {
        var resources = records.Where(r => r.Type.Name == "EconomicResource").ToDictionary(r => r.Id);
        var events = records.Where(r => r.IsEvent)
            .OrderBy(r => r.Time ?? DateTimeOffset.MinValue)
            .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
            .ToList();

        // Which event creates which resource.
        var named = new HashSet<Iri>();
        var steps = new Dictionary<Iri, ReplayStep>();
        foreach (var e in events)
        {
            var actionIri = Single(e, "action");
            if (actionIri is null || !actions.TryGet(actionIri.Value, out var action))
            {
                errors.Add(new ReplayError(e.Id, "action", VfErrorCode.BadUserInput, $"'{actionIri?.Value}' is not a ValueFlows action."));
                continue;
            }

            ReplayStep step = new(e, null, null);
            foreach (var (field, creates) in new[]
            {
                ("resourceInventoriedAs", action.CreateResource == CreateResource.Optional),
                ("toResourceInventoriedAs", action.CreateResource == CreateResource.OptionalTo),
            })
            {
                if (Single(e, field) is { } resource && resources.TryGetValue(resource, out var record) && named.Add(resource) && creates)
                {
                    bool eventSaysWhere = action.LocationEffect != LocationEffect.NotApplicable
                        && (e.Input.Has("toLocation") || e.Input.Has("atLocation"));
                    step = step with { NewResource = record, NewResourceField = field, NewResourceKeepsLocation = !eventSaysWhere };
                }
            }

            steps[e.Id] = step;
        }

        var created = steps.Values.Where(s => s.NewResource is not null).ToDictionary(s => s.NewResource!.Id, s => s.Record.Id);
        foreach (var record in records.Where(r => !r.IsEvent && !created.ContainsKey(r.Id)))
        {
            steps[record.Id] = new ReplayStep(record, null, null);
        }

        // The step that makes each IRI exist.
        Iri Owner(Iri id) => created.TryGetValue(id, out var byEvent) ? byEvent : id;
        var waitingOn = steps.Keys.ToDictionary(k => k, _ => 0);
        var dependents = steps.Keys.ToDictionary(k => k, _ => new List<Iri>());
        void Edge(Iri from, Iri to)
        {
            if (from != to && steps.ContainsKey(from))
            {
                dependents[from].Add(to);
                waitingOn[to]++;
            }
        }

        foreach (var (id, step) in steps)
        {
            var references = step.NewResource is null ? step.Record.References : step.Record.References.Concat(step.NewResource.References);
            foreach (var target in references.Distinct())
            {
                Edge(Owner(target), id);
            }
        }

        var ordered = events.Where(e => steps.ContainsKey(e.Id)).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            Edge(ordered[i - 1].Id, ordered[i].Id);
        }

        // Records first (input order) whenever one is ready; an event only when no other record is.
        var readyRecords = new SortedSet<(int Order, Iri Id)>(Comparer<(int Order, Iri Id)>.Create((a, b) => a.Order.CompareTo(b.Order)));
        var readyEvents = new Queue<Iri>();
        void Ready(Iri id)
        {
            var record = steps[id].Record;
            if (record.IsEvent)
            {
                readyEvents.Enqueue(id);
            }
            else
            {
                readyRecords.Add((record.Order, id));
            }
        }

        foreach (var id in waitingOn.Where(p => p.Value == 0).Select(p => p.Key).ToList())
        {
            Ready(id);
        }

        var plan = new List<ReplayStep>(steps.Count);
        while (readyRecords.Count > 0 || readyEvents.Count > 0)
        {
            Iri next;
            if (readyRecords.Count > 0)
            {
                next = readyRecords.Min.Id;
                readyRecords.Remove(readyRecords.Min);
            }
            else
            {
                next = readyEvents.Dequeue();
            }

            plan.Add(steps[next]);
            foreach (var dependent in dependents[next])
            {
                if (--waitingOn[dependent] == 0)
                {
                    Ready(dependent);
                }
            }
        }

        if (plan.Count < steps.Count)
        {
            var stuck = waitingOn.Where(p => p.Value > 0).Select(p => steps[p.Key].Record).OrderBy(r => r.Order).ToList();
            errors.Add(new ReplayError(
                stuck[0].Id,
                null,
                VfErrorCode.BadUserInput,
                $"{stuck.Count} records refer to each other in a cycle or to an event that happens later, e.g. "
                + string.Join(", ", stuck.Take(5).Select(r => r.Id.Value)) + "."));
        }

        return plan;
    }

    private static Iri? Single(ReplayRecord record, string field) =>
        record.Input.Values.TryGetValue(field, out var values) && values.Count > 0 && values[0] is VfTermValue { Term: Iri iri } ? iri : null;
}
