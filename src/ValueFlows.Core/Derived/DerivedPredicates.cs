using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Derived;

/// <summary>The predicates derived fields follow, read from <see cref="VfModel"/> so they match what Core writes.</summary>
internal static class DerivedPredicates
{
    public static readonly Iri Subject = Field("AgentRelationship", "subject");
    public static readonly Iri Object = Field("AgentRelationship", "object");
    public static readonly Iri Relationship = Field("AgentRelationship", "relationship");
    public static readonly Iri Provider = Field("EconomicEvent", "provider");
    public static readonly Iri Receiver = Field("EconomicEvent", "receiver");
    public static readonly Iri InScopeOf = Field("EconomicEvent", "inScopeOf");
    public static readonly Iri Action = Field("EconomicEvent", "action");
    public static readonly Iri InputOf = Field("EconomicEvent", "inputOf");
    public static readonly Iri OutputOf = Field("EconomicEvent", "outputOf");
    public static readonly Iri ResourceInventoriedAs = Field("EconomicEvent", "resourceInventoriedAs");
    public static readonly Iri ToResourceInventoriedAs = Field("EconomicEvent", "toResourceInventoriedAs");
    public static readonly Iri RealizationOf = Field("EconomicEvent", "realizationOf");
    public static readonly Iri ClaimTriggeredBy = Field("Claim", "triggeredBy");
    public static readonly Iri PlannedWithin = Field("Commitment", "plannedWithin");
    public static readonly Iri IndependentDemandOf = Field("Commitment", "independentDemandOf");
    public static readonly Iri ClauseOf = Field("Commitment", "clauseOf");
    public static readonly Iri PrimaryAccountable = Field("EconomicResource", "primaryAccountable");
    public static readonly Iri FulfilledBy = Field("Fulfillment", "fulfilledBy");
    public static readonly Iri Fulfills = Link("Fulfillment", 0);
    public static readonly Iri Satisfies = Link("Satisfaction", 0);
    public static readonly Iri Settles = Link("Settlement", 0);
    public static readonly Iri Publishes = Link("ProposedIntent", 0);
    public static readonly Iri Reciprocal = Link("ProposedIntent", 1);
    public static readonly Iri ProposedTo = Link("ProposedTo", 0);
    public static readonly Iri Work = VfModel.Vf("work");

    private static Iri Field(string type, string field) => VfModel.Get(type).Field(field)!.Predicate;

    private static Iri Link(string type, int index) => VfModel.Get(type).DirectLinks[index].Predicate;
}
