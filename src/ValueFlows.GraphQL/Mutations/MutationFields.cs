using ValueFlows.Core.Model;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// The 82 <c>Mutation</c> fields of vf-graphql 0.9.0-alpha.10 (DECISIONS 16: <c>buildSchema()</c> is the authority; a test
/// compares this table with the schema). The argument names are the schema's own, quirks included
/// (<c>createScenario(plan: ...)</c>, <c>createAgentRelationship(relationship: ...)</c>).
/// </summary>
internal static class MutationFields
{
    private static readonly Dictionary<string, MutationField> ByName = Build().ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every mutation field, in the table's order.</summary>
    public static IReadOnlyCollection<MutationField> All => ByName.Values;

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public static MutationField? Find(string name) => ByName.GetValueOrDefault(name);

    private static IEnumerable<MutationField> Build()
    {
        // Types with the plain create/update/delete triple: (type, argument of create and update, payload field).
        (string Type, string Argument, string Payload)[] crud =
        [
            ("Person", "person", "agent"),
            ("Organization", "organization", "agent"),
            ("AgentRelationship", "relationship", "agentRelationship"),
            ("AgentRelationshipRole", "agentRelationshipRole", "agentRelationshipRole"),
            ("Agreement", "agreement", "agreement"),
            ("Appreciation", "appreciation", "appreciation"),
            ("Claim", "claim", "claim"),
            ("Settlement", "settlement", "settlement"),
            ("Commitment", "commitment", "commitment"),
            ("Fulfillment", "fulfillment", "fulfillment"),
            ("SpatialThing", "spatialThing", "spatialThing"),
            ("Intent", "intent", "intent"),
            ("Unit", "unit", "unit"),
            ("Plan", "plan", "plan"),
            ("Process", "process", "process"),
            ("ProcessSpecification", "processSpecification", "processSpecification"),
            ("ProductBatch", "productBatch", "productBatch"),
            ("Proposal", "proposal", "proposal"),
            ("RecipeFlow", "recipeFlow", "recipeFlow"),
            ("RecipeProcess", "recipeProcess", "recipeProcess"),
            ("RecipeExchange", "recipeExchange", "recipeExchange"),
            ("ResourceSpecification", "resourceSpecification", "resourceSpecification"),
            ("Satisfaction", "satisfaction", "satisfaction"),
            ("Scenario", "plan", "scenario"),
            ("ScenarioDefinition", "plan", "scenarioDefinition"),
        ];
        foreach (var (typeName, argument, payload) in crud)
        {
            var type = VfModel.Get(typeName);
            yield return new MutationField("create" + typeName, MutationKind.Create, type, argument, payload);
            yield return new MutationField("update" + typeName, MutationKind.Update, type, argument, payload);
            yield return type.DeleteById
                ? new MutationField("delete" + typeName, MutationKind.DeleteById, type, "id", null)
                : new MutationField("delete" + typeName, MutationKind.Delete, type, "revisionId", null);
        }

        var @event = VfModel.Get("EconomicEvent");
        yield return new MutationField("createEconomicEvent", MutationKind.RecordEvent, @event, "event", "economicEvent");
        yield return new MutationField("updateEconomicEvent", MutationKind.Update, @event, "event", "economicEvent");
        yield return new MutationField("updateEconomicResource", MutationKind.Update, VfModel.Get("EconomicResource"), "resource", "economicResource");

        var proposedIntent = VfModel.Get("ProposedIntent");
        yield return new MutationField("proposeIntent", MutationKind.Link, proposedIntent, string.Empty, "proposedIntent");
        yield return new MutationField("deleteProposedIntent", MutationKind.Delete, proposedIntent, "revisionId", null);
        var proposedTo = VfModel.Get("ProposedTo");
        yield return new MutationField("proposeTo", MutationKind.Link, proposedTo, string.Empty, "proposedTo");
        yield return new MutationField("deleteProposedTo", MutationKind.Delete, proposedTo, "revisionId", null);
    }
}
