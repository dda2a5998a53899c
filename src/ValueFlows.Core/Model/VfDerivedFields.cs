namespace ValueFlows.Core.Model;

/// <summary>
/// The vf-graphql object fields that are not stored fields of <see cref="VfModel"/>: computed by Core or the GraphQL
/// layer from stored data. With the model they cover every field of the schema (a test checks), and mapping.md lists them.
/// </summary>
public static class VfDerivedFields
{
    /// <summary>(type, <c>Agent</c> for Person and Organization, or <c>*</c> for every record type; field; how it is derived).</summary>
    public static IReadOnlyList<(string Type, string Field, string Meaning)> All { get; } =
    [
        ("*", "id", "the record's IRI"),
        ("*", "revisionId", "`{id}?rev={seq}` of the latest transaction that touched the record or its hash nodes"),
        ("*", "revision", "the record as of that revision (store history)"),
        ("*", "meta", "previous/latest revisions and counts from the store's subject → seqs index"),
        ("*", "deletable", "no other record refers to it (DECISIONS 15; events: never)"),
        ("*", "involvedAgents", "distinct providers and receivers of the flows the record holds"),
        ("Agent", "relationships", "relationshipsAsSubject ∪ relationshipsAsObject"),
        ("Agent", "roles", "the distinct `relationship` roles of the agent's relationships"),
        ("Agent", "claims", "schema defect (DECISIONS 16): the intents the agent's claims were triggered by"),
        ("Agent", "claimsAsProvider", "as `claims`, for claims with the agent as provider"),
        ("Agent", "claimsAsReceiver", "as `claims`, for claims with the agent as receiver"),
        ("Agent", "claimsInScope", "as `claims`, for claims in the agent's scope"),
        ("Agent", "commitments", "commitments with the agent as provider or receiver"),
        ("Agent", "intents", "intents with the agent as provider or receiver"),
        ("Agent", "economicEvents", "events with the agent as provider or receiver"),
        ("Agent", "processes", "processes with an input or output event the agent provided or received"),
        ("Agent", "plans", "plans with a commitment the agent provides or receives"),
        ("Agent", "proposals", "proposals in the agent's scope or with an intent the agent provides or receives"),
        ("Agent", "proposalsTo", "`vf:proposedTo` (the proposals proposed to the agent)"),
        ("EconomicResource", "previous", "events whose resourceInventoriedAs or toResourceInventoriedAs is the resource (track & trace)"),
        ("EconomicResource", "next", "events after the resource in the flow (track & trace)"),
        ("EconomicResource", "track", "the VF tracking algorithm, forwards"),
        ("EconomicResource", "trace", "the VF tracing algorithm, backwards"),
        ("EconomicEvent", "previous", "the process the event is an output of, or the resource it took from"),
        ("EconomicEvent", "next", "the process the event is an input of, or the resource it added to"),
        ("EconomicEvent", "track", "the VF tracking algorithm, forwards"),
        ("EconomicEvent", "trace", "the VF tracing algorithm, backwards"),
        ("Process", "nextProcesses", "processes taking as input a resource this process output"),
        ("Process", "previousProcesses", "processes whose output resource this process takes as input"),
        ("Process", "workingAgents", "providers of work events into the process"),
        ("Process", "unplannedInputs", "observedInputs that fulfil no commitment"),
        ("Process", "unplannedOutputs", "observedOutputs that fulfil no commitment"),
        ("Process", "previous", "observedInputs (track & trace)"),
        ("Process", "next", "observedOutputs (track & trace)"),
        ("Plan", "nonProcessCommitments", "commitments plannedWithin the plan with no inputOf/outputOf"),
        ("Agreement", "unplannedEconomicEvents", "events realizing the agreement that fulfil no commitment"),
        ("Proposal", "primaryIntents", "`vf:publishes` (ProposedIntents with reciprocal false)"),
        ("Proposal", "reciprocalIntents", "`vf:reciprocal` (ProposedIntents with reciprocal true)"),
    ];
}
