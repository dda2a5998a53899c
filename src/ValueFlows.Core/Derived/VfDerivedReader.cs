using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Derived;

/// <summary>
/// The derived fields of <see cref="VfDerivedFields"/> over one read snapshot: every list-valued one through the table
/// behind <see cref="Related"/> (the GraphQL layer calls it by type and field name), and the progress of commitments,
/// intents and claims. Each call is a fixed number of index lookups per record it touches (docs/vf-derived.md).
/// </summary>
public sealed partial class VfDerivedReader
{
    private readonly VfReadContext _read;
    private readonly IRecordQuads _quads;
    private readonly Dictionary<(string Type, string Field), Func<Iri, IEnumerable<Iri>>> _table;

    /// <summary>A reader over <paramref name="read"/> (the caller owns and disposes it).</summary>
    public VfDerivedReader(VfReadContext read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _read = read;
        _quads = read.Quads;
        _table = Table();
    }

    /// <summary>Every (type, field) pair <see cref="Related"/> answers; <c>Agent</c> stands for Person and Organization.</summary>
    public IReadOnlyList<(string Type, string Field)> Fields => [.. _table.Keys];

    /// <summary>
    /// The records derived field <paramref name="field"/> of the <paramref name="recordType"/> record <paramref name="id"/>
    /// refers to, distinct, in IRI order (creation order for records minted by this server).
    /// </summary>
    /// <exception cref="VfDomainException">No such derived list field for the type (<see cref="VfErrorCode.BadUserInput"/>).</exception>
    public IReadOnlyList<Iri> Related(string recordType, string field, Iri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Answer(Derivation(recordType, field), id);
    }

    /// <summary>
    /// <see cref="Related"/> for many records of one type at once (a GraphQL batch loader's call), aligned with
    /// <paramref name="ids"/>; the pair is checked once and repeated ids are answered once.
    /// </summary>
    /// <exception cref="VfDomainException">No such derived list field for the type (<see cref="VfErrorCode.BadUserInput"/>).</exception>
    public IReadOnlyList<IReadOnlyList<Iri>> RelatedMany(string recordType, string field, IReadOnlyList<Iri> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var derive = Derivation(recordType, field);
        var answers = new Dictionary<Iri, IReadOnlyList<Iri>>();
        var result = new IReadOnlyList<Iri>[ids.Count];
        for (int i = 0; i < ids.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(ids[i]);
            if (!answers.TryGetValue(ids[i], out var answer))
            {
                answers[ids[i]] = answer = Answer(derive, ids[i]);
            }

            result[i] = answer;
        }

        return result;
    }

    private static List<Iri> Answer(Func<Iri, IEnumerable<Iri>> derive, Iri id) =>
        [.. derive(id).Distinct().OrderBy(i => i.Value, StringComparer.Ordinal)];

    private Func<Iri, IEnumerable<Iri>> Derivation(string recordType, string field)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        ArgumentNullException.ThrowIfNull(field);
        var type = recordType is "Person" or "Organization" ? "Agent" : recordType;
        return _table.TryGetValue((type, field), out var derive)
            ? derive
            : throw new VfDomainException(VfErrorCode.BadUserInput, $"{recordType}.{field} is not a derived list field.", field);
    }

    /// <summary>vf-graphql <c>Process.finished</c>: the stored flag (VF leaves finishing a process to its agents), false when unset.</summary>
    /// <exception cref="VfDomainException">No such process (<see cref="VfErrorCode.NotFound"/>).</exception>
    public bool IsProcessFinished(Iri process) => Require(process, "Process").GetBoolean("finished") ?? false;

    private Dictionary<(string, string), Func<Iri, IEnumerable<Iri>>> Table() => new()
    {
        [("Agent", "relationships")] = a => Subjects(DerivedPredicates.Subject, a, "AgentRelationship").Concat(Subjects(DerivedPredicates.Object, a, "AgentRelationship")),
        [("Agent", "roles")] = a => Subjects(DerivedPredicates.Subject, a, "AgentRelationship").Concat(Subjects(DerivedPredicates.Object, a, "AgentRelationship"))
            .SelectMany(r => Objects(r, DerivedPredicates.Relationship)),
        [("Agent", "claims")] = a => IntentsTriggering(ProvidedOrReceived(a, "Claim")),
        [("Agent", "claimsAsProvider")] = a => IntentsTriggering(Subjects(DerivedPredicates.Provider, a, "Claim")),
        [("Agent", "claimsAsReceiver")] = a => IntentsTriggering(Subjects(DerivedPredicates.Receiver, a, "Claim")),
        [("Agent", "claimsInScope")] = a => IntentsTriggering(Subjects(DerivedPredicates.InScopeOf, a, "Claim")),
        [("Agent", "commitments")] = a => ProvidedOrReceived(a, "Commitment"),
        [("Agent", "intents")] = a => ProvidedOrReceived(a, "Intent"),
        [("Agent", "economicEvents")] = a => ProvidedOrReceived(a, "EconomicEvent"),
        [("Agent", "processes")] = a => ProvidedOrReceived(a, "EconomicEvent").SelectMany(e => Objects(e, DerivedPredicates.InputOf).Concat(Objects(e, DerivedPredicates.OutputOf))),
        [("Agent", "plans")] = a => ProvidedOrReceived(a, "Commitment").SelectMany(PlansOf),
        [("Agent", "proposals")] = a => Subjects(DerivedPredicates.InScopeOf, a, "Proposal")
            .Concat(ProvidedOrReceived(a, "Intent").SelectMany(i => Subjects(DerivedPredicates.Publishes, i, "Proposal").Concat(Subjects(DerivedPredicates.Reciprocal, i, "Proposal")))),
        [("Agent", "proposalsTo")] = a => Subjects(DerivedPredicates.ProposedTo, a, "Proposal"),
        [("Agent", "inventoriedEconomicResources")] = a => Subjects(DerivedPredicates.PrimaryAccountable, a, "EconomicResource"),
        [("Process", "workingAgents")] = p => Live(Subjects(DerivedPredicates.InputOf, p, "EconomicEvent"))
            .Where(e => Objects(e, DerivedPredicates.Action).Contains(DerivedPredicates.Work)).SelectMany(e => Objects(e, DerivedPredicates.Provider)),
        [("Process", "unplannedInputs")] = p => Unplanned(Subjects(DerivedPredicates.InputOf, p, "EconomicEvent")),
        [("Process", "unplannedOutputs")] = p => Unplanned(Subjects(DerivedPredicates.OutputOf, p, "EconomicEvent")),
        [("Process", "nextProcesses")] = p => NeighbourProcesses(p, next: true),
        [("Process", "previousProcesses")] = p => NeighbourProcesses(p, next: false),
        [("Process", "involvedAgents")] = p => Agents(ProcessFlows(p)),
        [("Plan", "nonProcessCommitments")] = p => Subjects(DerivedPredicates.PlannedWithin, p, "Commitment")
            .Where(c => !Objects(c, DerivedPredicates.InputOf).Any() && !Objects(c, DerivedPredicates.OutputOf).Any()),
        [("Plan", "involvedAgents")] = p => Agents(PlanCommitments(p)),
        [("Commitment", "involvedAgents")] = c => Agents([c]),
        [("Agreement", "unplannedEconomicEvents")] = a => Unplanned(Subjects(DerivedPredicates.RealizationOf, a, "EconomicEvent")),
        [("Agreement", "involvedAgents")] = a => Agents(Subjects(DerivedPredicates.ClauseOf, a, "Commitment").Concat(Live(Subjects(DerivedPredicates.RealizationOf, a, "EconomicEvent")))),
        [("Proposal", "primaryIntents")] = p => Objects(p, DerivedPredicates.Publishes).Where(i => Is(i, "Intent")),
        [("Proposal", "reciprocalIntents")] = p => Objects(p, DerivedPredicates.Reciprocal).Where(i => Is(i, "Intent")),
    };

    private IEnumerable<Iri> ProvidedOrReceived(Iri agent, string type) =>
        Subjects(DerivedPredicates.Provider, agent, type).Concat(Subjects(DerivedPredicates.Receiver, agent, type));

    // The claims* fields are typed IntentConnection (DECISIONS 16): the intents the events that triggered the claims satisfy.
    private IEnumerable<Iri> IntentsTriggering(IEnumerable<Iri> claims) =>
        claims.SelectMany(c => Objects(c, DerivedPredicates.ClaimTriggeredBy)).SelectMany(e => Objects(e, DerivedPredicates.Satisfies)).Where(i => Is(i, "Intent"));

    private IEnumerable<Iri> PlansOf(Iri commitment) =>
        Objects(commitment, DerivedPredicates.PlannedWithin)
            .Concat(Objects(commitment, DerivedPredicates.IndependentDemandOf))
            .Concat(Objects(commitment, DerivedPredicates.InputOf).Concat(Objects(commitment, DerivedPredicates.OutputOf)).SelectMany(p => Objects(p, DerivedPredicates.PlannedWithin)))
            .Where(p => Is(p, "Plan"));

    private IEnumerable<Iri> PlanCommitments(Iri plan) =>
        Subjects(DerivedPredicates.PlannedWithin, plan, "Commitment")
            .Concat(Subjects(DerivedPredicates.IndependentDemandOf, plan, "Commitment"))
            .Concat(Subjects(DerivedPredicates.PlannedWithin, plan, "Process").SelectMany(p => Subjects(DerivedPredicates.InputOf, p, "Commitment").Concat(Subjects(DerivedPredicates.OutputOf, p, "Commitment"))));

    private IEnumerable<Iri> ProcessFlows(Iri process) =>
        Live(Subjects(DerivedPredicates.InputOf, process, "EconomicEvent").Concat(Subjects(DerivedPredicates.OutputOf, process, "EconomicEvent")))
            .Concat(Subjects(DerivedPredicates.InputOf, process, "Commitment")).Concat(Subjects(DerivedPredicates.OutputOf, process, "Commitment"))
            .Concat(Subjects(DerivedPredicates.InputOf, process, "Intent")).Concat(Subjects(DerivedPredicates.OutputOf, process, "Intent"));

    private IEnumerable<Iri> Agents(IEnumerable<Iri> flows) => flows.SelectMany(f => Objects(f, DerivedPredicates.Provider).Concat(Objects(f, DerivedPredicates.Receiver)));

    /// <summary>The events that are not part of a correction pair.</summary>
    private IEnumerable<Iri> Live(IEnumerable<Iri> events) =>
        events.Where(e => !Objects(e, Corrections.Corrects).Any() && !Corrections.IsCorrected(_quads, e));

    /// <summary>Events that fulfil no commitment (no <c>vf:fulfills</c> link, no Fulfillment record), corrections left out.</summary>
    private IEnumerable<Iri> Unplanned(IEnumerable<Iri> events) =>
        Live(events).Where(e => !Objects(e, DerivedPredicates.Fulfills).Any() && !Subjects(DerivedPredicates.FulfilledBy, e, "Fulfillment").Any());

    private IEnumerable<Iri> NeighbourProcesses(Iri process, bool next)
    {
        var (mine, theirs) = next ? (DerivedPredicates.OutputOf, DerivedPredicates.InputOf) : (DerivedPredicates.InputOf, DerivedPredicates.OutputOf);
        var resources = Live(Subjects(mine, process, "EconomicEvent"))
            .SelectMany(e => next ? Objects(e, DerivedPredicates.ResourceInventoriedAs).Concat(Objects(e, DerivedPredicates.ToResourceInventoriedAs)) : Objects(e, DerivedPredicates.ResourceInventoriedAs))
            .Distinct();
        var events = resources.SelectMany(r => next
            ? Subjects(DerivedPredicates.ResourceInventoriedAs, r, "EconomicEvent")
            : Subjects(DerivedPredicates.ResourceInventoriedAs, r, "EconomicEvent").Concat(Subjects(DerivedPredicates.ToResourceInventoriedAs, r, "EconomicEvent")));
        return Live(events.Distinct()).SelectMany(e => Objects(e, theirs)).Where(p => p != process && Is(p, "Process"));
    }

    private IEnumerable<Iri> Subjects(Iri predicate, Iri @object, string type) =>
        _quads.Quads(null, predicate, @object).Select(q => q.Subject).OfType<Iri>().Distinct().Where(s => Is(s, type));

    private IEnumerable<Iri> Objects(Iri subject, Iri predicate) =>
        _quads.Quads(subject, predicate, null).Select(q => q.Object).OfType<Iri>();

    private bool Is(Iri id, string type) => RecordCodec.TypeOf(_quads, id)?.Name == type;

    private VfRecord Require(Iri id, string type)
    {
        ArgumentNullException.ThrowIfNull(id);
        return RecordCodec.Read(_quads, id, 0) is { } record && record.Type.Name == type
            ? record
            : throw new VfDomainException(VfErrorCode.NotFound, $"No {type} {id.Value}.", "id");
    }
}
