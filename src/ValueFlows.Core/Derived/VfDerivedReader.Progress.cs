using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Derived;

/// <summary>Progress of commitments, intents and claims from their fulfilments, satisfactions and settlements.</summary>
public sealed partial class VfDerivedReader
{
    /// <summary>
    /// What the commitment asked for, what its fulfilling events delivered (a Fulfillment's own quantities, else the event's),
    /// what remains, and <c>Finished</c> = the stored flag or fully fulfilled.
    /// </summary>
    /// <exception cref="VfDomainException">No such commitment (<see cref="VfErrorCode.NotFound"/>).</exception>
    public CommitmentProgress GetCommitmentProgress(Iri commitment) =>
        Progress(Require(commitment, "Commitment"), "Fulfillment", "fulfills", "fulfilledBy", DerivedPredicates.Fulfills, new CommitmentProgress { Id = commitment });

    /// <summary>As <see cref="GetCommitmentProgress"/> for an intent, from the events and commitments that satisfy it.</summary>
    /// <exception cref="VfDomainException">No such intent (<see cref="VfErrorCode.NotFound"/>).</exception>
    public IntentProgress GetIntentProgress(Iri intent) =>
        Progress(Require(intent, "Intent"), "Satisfaction", "satisfies", "satisfiedBy", DerivedPredicates.Satisfies, new IntentProgress { Id = intent });

    /// <summary>As <see cref="GetCommitmentProgress"/> for a claim, from the events that settle it.</summary>
    /// <exception cref="VfDomainException">No such claim (<see cref="VfErrorCode.NotFound"/>).</exception>
    public ClaimProgress GetClaimProgress(Iri claim) =>
        Progress(Require(claim, "Claim"), "Settlement", "settles", "settledBy", DerivedPredicates.Settles, new ClaimProgress { Id = claim });

    private T Progress<T>(VfRecord planned, string linkType, string targetField, string byField, Iri directLink, T empty)
        where T : FlowProgress
    {
        var reified = VfModel.Get(linkType);
        var contributions = new List<(Iri By, VfMeasure? Resource, VfMeasure? Effort)>();
        var covered = new HashSet<Iri>();
        foreach (var link in Subjects(reified.Field(targetField)!.Predicate, planned.Id, linkType).Select(l => RecordCodec.Read(_quads, l, 0)))
        {
            if (link?.GetIri(byField) is { } by)
            {
                covered.Add(by);
                var deliverer = RecordCodec.Read(_quads, by, 0);
                contributions.Add((by, link.GetMeasure("resourceQuantity") ?? deliverer?.GetMeasure("resourceQuantity"),
                    link.GetMeasure("effortQuantity") ?? deliverer?.GetMeasure("effortQuantity")));
            }
        }

        // VF 1.0 data may carry only the direct link (e.g. from a peer): count the deliverer's own quantities.
        foreach (var by in _quads.Quads(null, directLink, planned.Id).Select(q => q.Subject).OfType<Iri>().Distinct().Where(b => !covered.Contains(b)))
        {
            var deliverer = RecordCodec.Read(_quads, by, 0);
            contributions.Add((by, deliverer?.GetMeasure("resourceQuantity"), deliverer?.GetMeasure("effortQuantity")));
        }

        var live = Live(contributions.Select(c => c.By).Where(b => Is(b, "EconomicEvent"))).ToHashSet();
        contributions.RemoveAll(c => Is(c.By, "EconomicEvent") && !live.Contains(c.By));

        var resource = planned.GetMeasure("resourceQuantity");
        var effort = planned.GetMeasure("effortQuantity");
        var deliveredResource = Sum(resource, contributions.Select(c => c.Resource));
        var deliveredEffort = Sum(effort, contributions.Select(c => c.Effort));
        var remainingResource = Remaining(resource, deliveredResource);
        var remainingEffort = Remaining(effort, deliveredEffort);
        var stored = planned.GetBoolean("finished");
        bool complete = (resource is not null || effort is not null)
            && (remainingResource is null || remainingResource.NumericalValue == 0)
            && (remainingEffort is null || remainingEffort.NumericalValue == 0);
        return empty with
        {
            ResourceQuantity = resource,
            EffortQuantity = effort,
            DeliveredResourceQuantity = deliveredResource,
            DeliveredEffortQuantity = deliveredEffort,
            RemainingResourceQuantity = remainingResource,
            RemainingEffortQuantity = remainingEffort,
            DeliveredBy = [.. contributions.Select(c => c.By).Distinct().OrderBy(b => b.Value, StringComparer.Ordinal)],
            StoredFinished = stored,
            Finished = stored == true || complete,
        };
    }

    /// <summary>The sum of the delivered measures in the asked unit (the first delivered unit when nothing was asked).</summary>
    private static VfMeasure? Sum(VfMeasure? asked, IEnumerable<VfMeasure?> delivered)
    {
        var measures = delivered.OfType<VfMeasure>().ToList();
        var unit = asked?.Unit ?? measures.FirstOrDefault()?.Unit;
        var same = measures.Where(m => m.Unit == unit).ToList();
        return same.Count == 0 ? null : new VfMeasure(same.Sum(m => m.NumericalValue), unit);
    }

    private static VfMeasure? Remaining(VfMeasure? asked, VfMeasure? delivered) =>
        asked is null ? null : asked with { NumericalValue = Math.Max(0, asked.NumericalValue - (delivered?.NumericalValue ?? 0)) };
}
