using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Tests.Mutations;

/// <summary>
/// The records mutation tests refer to, written through Core (so a mutation's test depends only on that mutation), and
/// <see cref="Fill"/> to put their IRIs into GraphQL text (<c>{ann}</c> → the IRI).
/// </summary>
internal sealed class MutationSeed
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public MutationSeed(GraphQLLedger vf)
    {
        var kg = Iri.Create(GraphQLLedger.Kilogram);
        var hour = Iri.Create(GraphQLLedger.Hour);
        Ann = vf.Create("Person", ("name", VfValue.Of("Ann")));
        Bob = vf.Create("Person", ("name", VfValue.Of("Bob")));
        Flour = vf.Create("ResourceSpecification", ("name", VfValue.Of("Flour")));
        var bakingSpec = vf.Create("ProcessSpecification", ("name", VfValue.Of("Baking")));
        Process = vf.Create("Process", ("name", VfValue.Of("Monday baking")), ("basedOn", VfValue.Of(bakingSpec)));
        var role = vf.Create("AgentRelationshipRole", ("roleLabel", VfValue.Of("member of")));
        Event1 = Work(vf, "first");
        Event2 = Work(vf, "second");
        var commitment = vf.Create(
            "Commitment", ("action", VfValue.Of("transfer")), ("provider", VfValue.Of(Ann)), ("receiver", VfValue.Of(Bob)),
            ("resourceQuantity", new VfMeasure(3m, kg)));
        var intent = vf.Create("Intent", ("action", VfValue.Of("transfer")), ("provider", VfValue.Of(Ann)));
        var claim = vf.Create("Claim", ("action", VfValue.Of("transfer")), ("triggeredBy", VfValue.Of(Event1)));
        var proposal = vf.Create("Proposal", ("name", VfValue.Of("Bread for sale")));
        var recipeProcess = vf.Create("RecipeProcess", ("name", VfValue.Of("Bake")));
        var scenarioDefinition = vf.Create("ScenarioDefinition", ("name", VfValue.Of("Yearly")));

        _names["ann"] = Ann.Value;
        _names["bob"] = Bob.Value;
        _names["flour"] = Flour.Value;
        _names["bakingSpec"] = bakingSpec.Value;
        _names["process"] = Process.Value;
        _names["role"] = role.Value;
        _names["event1"] = Event1.Value;
        _names["event2"] = Event2.Value;
        _names["commitment"] = commitment.Value;
        _names["intent"] = intent.Value;
        _names["claim"] = claim.Value;
        _names["proposal"] = proposal.Value;
        _names["recipeProcess"] = recipeProcess.Value;
        _names["scenarioDefinition"] = scenarioDefinition.Value;
        _names["kg"] = kg.Value;
        _names["hour"] = hour.Value;

        Iri Work(GraphQLLedger ledger, string note) => ledger.Recorder.Record(new VfInput()
            .Set("action", VfValue.Of("work"))
            .Set("provider", VfValue.Of(Ann))
            .Set("receiver", VfValue.Of(Bob))
            .Set("inputOf", VfValue.Of(Process))
            .Set("note", VfValue.Of(note))
            .Set("effortQuantity", new VfMeasure(1m, hour))).Event.Id;
    }

    public Iri Ann { get; }

    public Iri Bob { get; }

    public Iri Flour { get; }

    public Iri Process { get; }

    public Iri Event1 { get; }

    public Iri Event2 { get; }

    /// <summary>Replaces every <c>{name}</c> of a seeded record with its IRI.</summary>
    public string Fill(string text)
    {
        foreach (var (name, iri) in _names)
        {
            text = text.Replace("{" + name + "}", iri, StringComparison.Ordinal);
        }

        return text;
    }
}
