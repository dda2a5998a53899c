using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>
/// The one table of every vf-graphql object type Core stores and the RDF it is written as: VF 1.0 terms where vf.ttl has
/// them, the earlier VF namespace for dropped terms (DECISIONS 9, 11, 12). <c>ontology/mapping.md</c> is generated from it.
/// </summary>
public static class VfModel
{
    private static readonly string[] Agent = ["Person", "Organization"];
    private static readonly Dictionary<string, VfRecordType> ByName;
    private static readonly Dictionary<Iri, VfRecordType> ByClass;

#pragma warning disable CA1810 // the table is built in two passes (inverse fields need the stored ones): one static constructor says so
    static VfModel()
#pragma warning restore CA1810
    {
        var specs = Specs();
        var stored = specs.ToDictionary(s => s.Name, s => s.Fields.Where(f => f.InverseOf is null).ToList(), StringComparer.Ordinal);
        var types = new List<VfRecordType>();
        foreach (var spec in specs)
        {
            var fields = spec.Fields.Select(f => f.InverseOf is null ? f : ResolveInverse(f, stored)).ToList();
            types.Add(new VfRecordType(spec.Name, spec.Class, spec.Kind, fields)
            {
                Deletable = spec.Deletable,
                DeleteById = spec.DeleteById,
                DirectLinks = spec.Links,
                OrderTimeFields = spec.OrderTime,
                RangeTimeFields = spec.RangeTime,
            });
        }

        Types = types;
        ByName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        ByClass = types.ToDictionary(t => t.Class);
    }

    /// <summary>Every record type, in the order of the brief (agents first, recipes and scenarios last).</summary>
    public static IReadOnlyList<VfRecordType> Types { get; }

    /// <summary>The record types a GraphQL <c>Agent</c> may be.</summary>
    public static IReadOnlyList<VfRecordType> AgentTypes => [Get("Person"), Get("Organization")];

    /// <summary>The type named <paramref name="name"/> (GraphQL type name).</summary>
    /// <exception cref="KeyNotFoundException">No such type.</exception>
    public static VfRecordType Get(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"No VF record type '{name}'.");

    /// <summary>The type whose RDF class is <paramref name="class"/>, or null.</summary>
    public static VfRecordType? FindByClass(Iri @class) => ByClass.GetValueOrDefault(@class);

    /// <summary>A VF 1.0 term.</summary>
    internal static Iri Vf(string local) => Iri.CreateUnchecked(VfNamespaces.Vf + local);

    /// <summary>A term of the earlier VF ontology (dropped in VF 1.0).</summary>
    internal static Iri Old(string local) => Iri.CreateUnchecked(VfNamespaces.VfEarlier + local);

    private static VfField ResolveInverse(VfField field, Dictionary<string, List<VfField>> stored)
    {
        var source = field.Targets!.Select(t => stored[t].Single(f => f.Name == field.InverseOf)).ToList();
        if (source.Select(f => f.Predicate).Distinct().Count() != 1)
        {
            throw new InvalidOperationException($"Inverse field '{field.Name}' reads fields with different predicates.");
        }

        return field with { Predicate = source[0].Predicate, IsList = true, Updatable = false };
    }

    private sealed record TypeSpec(string Name, Iri Class, string Kind, VfField[] Fields)
    {
        public bool Deletable { get; init; } = true;

        public bool DeleteById { get; init; }

        public VfDirectLink[] Links { get; init; } = [];

        public string[] OrderTime { get; init; } = [];

        public string[] RangeTime { get; init; } = [];
    }

    private static VfField F(string name, Iri predicate, VfValueShape shape) => new(name, predicate, shape);

    private static VfField Ref(string name, Iri predicate, params string[] targets) => new(name, predicate, VfValueShape.Reference) { Targets = targets };

    private static VfField Refs(string name, Iri predicate, params string[] targets) => Ref(name, predicate, targets) with { IsList = true };

    private static VfField Inv(string name, string field, params string[] types) =>
        new(name, Vf("_"), VfValueShape.Reference) { Targets = types, InverseOf = field };

    private static VfField Name(bool required = true) =>
        F("name", Vf("name"), VfValueShape.String) with { Required = required, Fallbacks = [Iri.CreateUnchecked(VfNamespaces.Foaf + "name"), Iri.CreateUnchecked("http://www.w3.org/2000/01/rdf-schema#label")] };

    private static VfField Note() => F("note", Vf("note"), VfValueShape.String);

    private static VfField Image() => F("image", Vf("image"), VfValueShape.AnyUri);

    private static VfField ImageList() => F("imageList", Vf("imageList"), VfValueShape.AnyUri) with { IsList = true };

    private static VfField Uris(string name, Iri predicate) => F(name, predicate, VfValueShape.Uri) with { IsList = true };

    private static VfField Time(string name) => F(name, Vf(name), VfValueShape.DateTime);

    private static VfField Quantity(string name) => F(name, Vf(name), VfValueShape.Measure);

    private static VfField ActionField() => F("action", Vf("action"), VfValueShape.Action) with { Required = true };

    private static VfField InScopeOf() => Refs("inScopeOf", Vf("inScopeOf"), Agent);

    private static VfField[] AgentFields(bool organization)
    {
        var fields = new List<VfField> { Name(), Image() };
        if (organization)
        {
            fields.Add(Uris("classifiedAs", Vf("classifiedAs")));
        }

        fields.AddRange([
            Note(),
            Ref("primaryLocation", Vf("primaryLocation"), "SpatialThing"),
            Inv("relationshipsAsSubject", "subject", "AgentRelationship"),
            Inv("relationshipsAsObject", "object", "AgentRelationship"),
            Inv("commitmentsAsProvider", "provider", "Commitment"),
            Inv("commitmentsAsReceiver", "receiver", "Commitment"),
            Inv("commitmentsInScope", "inScopeOf", "Commitment"),
            Inv("intentsAsProvider", "provider", "Intent"),
            Inv("intentsAsReceiver", "receiver", "Intent"),
            Inv("intentsInScope", "inScopeOf", "Intent"),
            Inv("economicEventsAsProvider", "provider", "EconomicEvent"),
            Inv("economicEventsAsReceiver", "receiver", "EconomicEvent"),
            Inv("economicEventsInScope", "inScopeOf", "EconomicEvent"),
            Inv("inventoriedEconomicResources", "primaryAccountable", "EconomicResource"),
            Inv("proposalsInScope", "inScopeOf", "Proposal"),
            Inv("scenariosInScope", "inScopeOf", "Scenario"),
        ]);
        return [.. fields];
    }

    private static TypeSpec[] Specs() =>
    [
        new("Person", Vf("Person"), "person", AgentFields(organization: false)),
        new("Organization", Vf("Organization"), "organization", AgentFields(organization: true)),
        new("AgentRelationship", Old("AgentRelationship"), "agentRelationship",
        [
            Ref("subject", Old("subject"), Agent) with { Required = true },
            Ref("object", Old("object"), Agent) with { Required = true },
            Ref("relationship", Old("relationship"), "AgentRelationshipRole") with { Required = true },
            InScopeOf(),
            Note(),
        ]),
        new("AgentRelationshipRole", Old("AgentRelationshipRole"), "agentRelationshipRole",
        [
            F("roleLabel", Old("roleLabel"), VfValueShape.String) with { Required = true },
            F("inverseRoleLabel", Old("inverseRoleLabel"), VfValueShape.String),
            Note(),
            Inv("agentRelationships", "relationship", "AgentRelationship"),
        ]),
        new("SpatialThing", Vf("SpatialThing"), "spatialThing",
        [
            Name(),
            F("mappableAddress", Vf("mappableAddress"), VfValueShape.String),
            F("lat", Vf("lat"), VfValueShape.Decimal),
            F("long", Vf("long"), VfValueShape.Decimal),
            F("alt", Vf("alt"), VfValueShape.Decimal),
            Note(),
            Inv("agents", "primaryLocation", Agent),
            Inv("commitments", "atLocation", "Commitment"),
            Inv("intents", "atLocation", "Intent"),
            Inv("economicResources", "currentLocation", "EconomicResource"),
            Inv("economicEvents", "atLocation", "EconomicEvent"),
        ]),
        new("Unit", Vf("Unit"), "unit",
        [
            F("label", Vf("label"), VfValueShape.String) with { Required = true },
            F("symbol", Vf("symbol"), VfValueShape.String) with { Required = true },
            F("omUnitIdentifier", Vf("omUnitIdentifier"), VfValueShape.AnyUri) with { Updatable = false, Extension = true },
        ]),
        new("ResourceSpecification", Vf("ResourceSpecification"), "resourceSpecification",
        [
            Name(),
            Image(),
            ImageList(),
            Uris("resourceClassifiedAs", Vf("resourceClassifiedAs")),
            Note(),
            Ref("defaultUnitOfResource", Vf("defaultUnitOfResource"), "Unit"),
            Ref("defaultUnitOfEffort", Vf("defaultUnitOfEffort"), "Unit"),
            F("substitutable", Vf("substitutable"), VfValueShape.Boolean),
            Inv("claims", "resourceConformsTo", "Claim"),
            Inv("commitments", "resourceConformsTo", "Commitment"),
            Inv("intents", "resourceConformsTo", "Intent"),
            Inv("conformingResources", "conformsTo", "EconomicResource"),
            Inv("economicEvents", "resourceConformsTo", "EconomicEvent"),
        ]),
        new("ProcessSpecification", Vf("ProcessSpecification"), "processSpecification",
        [
            Name(),
            Note(),
            Inv("commitmentsRequiringStage", "stage", "Commitment"),
            Inv("resourcesCurrentlyAtStage", "stage", "EconomicResource"),
            Inv("conformingProcesses", "basedOn", "Process"),
            Inv("conformingRecipeProcesses", "processConformsTo", "RecipeProcess"),
            Inv("recipeFlowsRequiringStage", "stage", "RecipeFlow"),
        ]),
        new("EconomicResource", Vf("EconomicResource"), "economicResource",
        [
            Name(required: false) with { Updatable = false },
            Uris("classifiedAs", Vf("classifiedAs")),
            F("trackingIdentifier", Vf("trackingIdentifier"), VfValueShape.String) with { Updatable = false },
            Image(),
            ImageList(),
            Quantity("accountingQuantity") with { Internal = true },
            Quantity("onhandQuantity") with { Internal = true },
            Note(),
            Ref("unitOfEffort", Vf("unitOfEffort"), "Unit"),
            F("state", Vf("state"), VfValueShape.String) with { Internal = true },
            Ref("containedIn", Vf("containedIn"), "EconomicResource"),
            Ref("primaryAccountable", Vf("primaryAccountable"), Agent) with { Internal = true },
            Ref("currentLocation", Vf("currentLocation"), "SpatialThing") with { Updatable = false },
            Ref("stage", Vf("stage"), "ProcessSpecification") with { Internal = true },
            Ref("lot", Vf("ofBatchLot"), "ProductBatch") with { Updatable = false },
            Ref("conformsTo", Vf("conformsTo"), "ResourceSpecification") with { Required = true, Updatable = false },
            Inv("contains", "containedIn", "EconomicResource"),
            Inv("economicEventsInOutFrom", "resourceInventoriedAs", "EconomicEvent"),
            Inv("economicEventsTo", "toResourceInventoriedAs", "EconomicEvent"),
            Inv("commitments", "resourceInventoriedAs", "Commitment"),
            Inv("intents", "resourceInventoriedAs", "Intent"),
        ])
        {
            Deletable = false,
        },
        new("EconomicEvent", Vf("EconomicEvent"), "economicEvent",
        [
            ActionField() with { Updatable = false },
            Ref("resourceInventoriedAs", Vf("resourceInventoriedAs"), "EconomicResource") with { Updatable = false },
            Ref("toResourceInventoriedAs", Vf("toResourceInventoriedAs"), "EconomicResource") with { Updatable = false },
            Uris("resourceClassifiedAs", Vf("resourceClassifiedAs")) with { Updatable = false },
            Quantity("resourceQuantity") with { Updatable = false },
            Quantity("effortQuantity") with { Updatable = false },
            Time("hasBeginning") with { Updatable = false },
            Time("hasEnd") with { Updatable = false },
            Time("hasPointInTime") with { Updatable = false },
            Note(),
            F("agreedIn", Old("agreedIn"), VfValueShape.Uri),
            Ref("triggeredBy", Old("triggeredBy"), "EconomicEvent"),
            Ref("provider", Vf("provider"), Agent) with { Required = true, Updatable = false },
            Ref("receiver", Vf("receiver"), Agent) with { Required = true, Updatable = false },
            InScopeOf() with { Updatable = false },
            Ref("realizationOf", Vf("realizationOf"), "Agreement"),
            Ref("atLocation", Old("atLocation"), "SpatialThing") with { Updatable = false },
            Ref("toLocation", Vf("toLocation"), "SpatialThing") with { Updatable = false },
            Ref("inputOf", Vf("inputOf"), "Process") with { Updatable = false },
            Ref("outputOf", Vf("outputOf"), "Process") with { Updatable = false },
            Ref("resourceConformsTo", Vf("resourceConformsTo"), "ResourceSpecification") with { Updatable = false },
            Ref("corrects", Vf("corrects"), "EconomicEvent") with { Updatable = false, Extension = true },
            F("state", Vf("state"), VfValueShape.String) with { Updatable = false, Extension = true },
            Inv("triggers", "triggeredBy", "EconomicEvent"),
            Inv("appreciationOf", "appreciationOf", "Appreciation"),
            Inv("appreciationWith", "appreciationWith", "Appreciation"),
            Inv("settles", "settledBy", "Settlement"),
            Inv("fulfills", "fulfilledBy", "Fulfillment"),
            Inv("satisfies", "satisfiedBy", "Satisfaction"),
        ])
        {
            Deletable = false,
            OrderTime = ["hasPointInTime", "hasEnd"],
            RangeTime = ["hasPointInTime", "hasEnd"],
        },
        new("Process", Vf("Process"), "process",
        [
            Name(),
            Time("hasBeginning"),
            Time("hasEnd"),
            F("finished", Vf("finished"), VfValueShape.Boolean),
            Uris("classifiedAs", Vf("classifiedAs")),
            Note(),
            InScopeOf(),
            Ref("plannedWithin", Vf("plannedWithin"), "Plan"),
            Ref("basedOn", Vf("basedOn"), "ProcessSpecification"),
            Ref("nestedIn", Old("nestedIn"), "Scenario"),
            Inv("observedInputs", "inputOf", "EconomicEvent"),
            Inv("observedOutputs", "outputOf", "EconomicEvent"),
            Inv("committedInputs", "inputOf", "Commitment"),
            Inv("committedOutputs", "outputOf", "Commitment"),
            Inv("intendedInputs", "inputOf", "Intent"),
            Inv("intendedOutputs", "outputOf", "Intent"),
        ])
        {
            DeleteById = true,
            RangeTime = ["hasBeginning", "hasEnd"],
        },
        new("Plan", Vf("Plan"), "plan",
        [
            Name(),
            Time("created"),
            Time("due"),
            Note(),
            InScopeOf(),
            Ref("refinementOf", Old("refinementOf"), "Scenario"),
            Inv("independentDemands", "independentDemandOf", "Commitment"),
            Inv("processes", "plannedWithin", "Process"),
        ]),
        new("Commitment", Vf("Commitment"), "commitment",
        [
            ActionField() with { Updatable = false },
            Uris("resourceClassifiedAs", Vf("resourceClassifiedAs")),
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            Time("hasBeginning"),
            Time("hasEnd"),
            Time("hasPointInTime"),
            Time("due"),
            Time("created"),
            F("finished", Vf("finished"), VfValueShape.Boolean),
            Note(),
            F("agreedIn", Old("agreedIn"), VfValueShape.Uri),
            Ref("provider", Vf("provider"), Agent) with { Required = true },
            Ref("receiver", Vf("receiver"), Agent) with { Required = true },
            InScopeOf(),
            Ref("clauseOf", Vf("clauseOf"), "Agreement"),
            Ref("atLocation", Old("atLocation"), "SpatialThing"),
            Ref("resourceInventoriedAs", Vf("resourceInventoriedAs"), "EconomicResource"),
            Ref("independentDemandOf", Vf("independentDemandOf"), "Plan"),
            Ref("plannedWithin", Vf("plannedWithin"), "Plan"),
            Ref("stage", Vf("stage"), "ProcessSpecification"),
            Ref("resourceConformsTo", Vf("resourceConformsTo"), "ResourceSpecification"),
            Ref("inputOf", Vf("inputOf"), "Process"),
            Ref("outputOf", Vf("outputOf"), "Process"),
            Inv("fulfilledBy", "fulfills", "Fulfillment"),
            Inv("satisfies", "satisfiedBy", "Satisfaction"),
        ])
        {
            RangeTime = ["hasPointInTime", "hasEnd", "hasBeginning", "due"],
        },
        new("Fulfillment", Old("Fulfillment"), "fulfillment",
        [
            Ref("fulfilledBy", Old("fulfilledBy"), "EconomicEvent") with { Required = true },
            Ref("fulfills", Old("fulfills"), "Commitment") with { Required = true },
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            Note(),
        ])
        {
            Links = [new VfDirectLink("fulfilledBy", Vf("fulfills"), "fulfills")],
        },
        new("Intent", Vf("Intent"), "intent",
        [
            Name(required: false),
            ActionField(),
            Uris("resourceClassifiedAs", Vf("resourceClassifiedAs")),
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            Quantity("availableQuantity"),
            Time("hasBeginning"),
            Time("hasEnd"),
            Time("hasPointInTime"),
            Time("due"),
            F("finished", Vf("finished"), VfValueShape.Boolean),
            Image(),
            ImageList(),
            Note(),
            F("agreedIn", Old("agreedIn"), VfValueShape.Uri),
            Ref("provider", Vf("provider"), Agent),
            Ref("receiver", Vf("receiver"), Agent),
            InScopeOf(),
            Ref("atLocation", Old("atLocation"), "SpatialThing"),
            Ref("resourceInventoriedAs", Vf("resourceInventoriedAs"), "EconomicResource"),
            Ref("resourceConformsTo", Vf("resourceConformsTo"), "ResourceSpecification"),
            Ref("inputOf", Vf("inputOf"), "Process"),
            Ref("outputOf", Vf("outputOf"), "Process"),
            Inv("publishedIn", "publishes", "ProposedIntent"),
            Inv("satisfiedBy", "satisfies", "Satisfaction"),
        ])
        {
            RangeTime = ["hasPointInTime", "hasEnd", "hasBeginning", "due"],
        },
        new("Satisfaction", Old("Satisfaction"), "satisfaction",
        [
            Ref("satisfies", Old("satisfies"), "Intent") with { Required = true },
            Ref("satisfiedBy", Old("satisfiedBy"), "EconomicEvent", "Commitment") with { Required = true },
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            Note(),
        ])
        {
            Links = [new VfDirectLink("satisfiedBy", Vf("satisfies"), "satisfies")],
        },
        new("Claim", Vf("Claim"), "claim",
        [
            ActionField(),
            Uris("resourceClassifiedAs", Vf("resourceClassifiedAs")),
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            Ref("triggeredBy", Vf("triggeredBy"), "EconomicEvent") with { Required = true },
            Time("due"),
            Time("created"),
            F("finished", Vf("finished"), VfValueShape.Boolean),
            Note(),
            F("agreedIn", Old("agreedIn"), VfValueShape.Uri),
            Ref("provider", Vf("provider"), Agent),
            Ref("receiver", Vf("receiver"), Agent),
            InScopeOf(),
            Ref("resourceConformsTo", Vf("resourceConformsTo"), "ResourceSpecification"),
            Inv("settledBy", "settles", "Settlement"),
        ])
        {
            RangeTime = ["due", "created"],
        },
        new("Settlement", Old("Settlement"), "settlement",
        [
            Ref("settles", Old("settles"), "Claim") with { Required = true },
            Ref("settledBy", Old("settledBy"), "EconomicEvent") with { Required = true },
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            Note(),
        ])
        {
            Links = [new VfDirectLink("settledBy", Vf("settles"), "settles")],
        },
        new("Agreement", Vf("Agreement"), "agreement",
        [
            Name(required: false),
            Time("created"),
            Note(),
            Inv("commitments", "clauseOf", "Commitment"),
            Inv("economicEvents", "realizationOf", "EconomicEvent"),
        ]),
        new("Appreciation", Old("Appreciation"), "appreciation",
        [
            Ref("appreciationOf", Old("appreciationOf"), "EconomicEvent") with { Required = true },
            Ref("appreciationWith", Old("appreciationWith"), "EconomicEvent") with { Required = true },
            Note(),
        ]),
        new("Proposal", Vf("Proposal"), "proposal",
        [
            Name(required: false),
            Time("hasBeginning"),
            Time("hasEnd"),
            F("unitBased", Vf("unitBased"), VfValueShape.Boolean),
            Time("created") with { Updatable = false },
            Note(),
            InScopeOf(),
            Ref("eligibleLocation", Vf("eligibleLocation"), "SpatialThing"),
            F("purpose", Vf("purpose"), VfValueShape.Uri) with { Extension = true },
            Inv("publishes", "publishedIn", "ProposedIntent"),
            Inv("publishedTo", "proposed", "ProposedTo"),
        ]),
        new("ProposedIntent", Old("ProposedIntent"), "proposedIntent",
        [
            F("reciprocal", Old("reciprocal"), VfValueShape.Boolean),
            Ref("publishedIn", Old("publishedIn"), "Proposal") with { Required = true },
            Ref("publishes", Old("publishes"), "Intent") with { Required = true },
        ])
        {
            Links =
            [
                new VfDirectLink("publishedIn", Vf("publishes"), "publishes") { WhenField = "reciprocal", WhenValue = false },
                new VfDirectLink("publishedIn", Vf("reciprocal"), "publishes") { WhenField = "reciprocal", WhenValue = true },
            ],
        },
        new("ProposedTo", Old("ProposedTo"), "proposedTo",
        [
            Ref("proposedTo", Old("proposedTo"), Agent) with { Required = true },
            Ref("proposed", Old("proposed"), "Proposal") with { Required = true },
        ])
        {
            Links = [new VfDirectLink("proposed", Vf("proposedTo"), "proposedTo")],
        },
        new("RecipeFlow", Vf("RecipeFlow"), "recipeFlow",
        [
            Quantity("resourceQuantity"),
            Quantity("effortQuantity"),
            ActionField(),
            Ref("recipeInputOf", Vf("recipeInputOf"), "RecipeProcess"),
            Ref("recipeOutputOf", Vf("recipeOutputOf"), "RecipeProcess"),
            Ref("recipeClauseOf", Vf("recipeClauseOf"), "RecipeExchange"),
            Note(),
            F("state", Vf("state"), VfValueShape.String) with { Extension = true },
            Ref("stage", Vf("stage"), "ProcessSpecification") with { Extension = true },
            Ref("resourceConformsTo", Vf("resourceConformsTo"), "ResourceSpecification") with { Required = true },
        ]),
        new("RecipeProcess", Vf("RecipeProcess"), "recipeProcess",
        [
            Name(),
            F("hasDuration", Vf("hasDuration"), VfValueShape.Duration),
            Uris("processClassifiedAs", Vf("processClassifiedAs")),
            Note(),
            Ref("processConformsTo", Vf("processConformsTo"), "ProcessSpecification"),
        ]),
        new("RecipeExchange", Vf("RecipeExchange"), "recipeExchange", [Name(), Note()]),
        new("Scenario", Old("Scenario"), "scenario",
        [
            Name(),
            Time("hasBeginning"),
            Time("hasEnd"),
            Ref("definedAs", Old("definedAs"), "ScenarioDefinition"),
            Ref("refinementOf", Old("refinementOf"), "Scenario"),
            Note(),
            InScopeOf(),
            Inv("refinements", "refinementOf", "Scenario"),
            Inv("plans", "refinementOf", "Plan"),
            Inv("processes", "nestedIn", "Process"),
        ]),
        new("ScenarioDefinition", Old("ScenarioDefinition"), "scenarioDefinition",
        [
            Name(),
            F("hasDuration", Vf("hasDuration"), VfValueShape.Duration),
            Note(),
            Inv("scenarios", "definedAs", "Scenario"),
        ]),
        new("ProductBatch", Vf("BatchLotRecord"), "productBatch",
        [
            F("batchNumber", Vf("batchLotCode"), VfValueShape.String) with { Required = true },
            F("expiryDate", Vf("expirationDate"), VfValueShape.DateTime),
            F("productionDate", Old("productionDate"), VfValueShape.DateTime),
        ])
        {
            DeleteById = true,
        },
    ];
}
