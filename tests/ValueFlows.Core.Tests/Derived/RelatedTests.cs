using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Derived;

/// <summary>Every list-valued derived field of <see cref="VfDerivedFields"/>, answered by <see cref="VfDerivedReader.Related"/> in the coop story.</summary>
public sealed class RelatedTests : IDisposable
{
    // Fields that are not lists of related records, or are answered elsewhere (TrackTrace, VfReadContext).
    private static readonly HashSet<string> s_notRelated = ["id", "revisionId", "revision", "meta", "deletable", "track", "trace", "previous", "next"];

    private readonly CoopWorld _w = new();

    public void Dispose() => _w.Dispose();

    /// <summary>(type, field, record asked about, expected related records) for every pair the reader answers.</summary>
    private List<(string Type, string Field, Iri Id, Iri[] Expected)> Expectations() =>
    [
        ("Agent", "relationships", _w.Ann, [_w.AnnInCoop, _w.BobMentorsAnn]),
        ("Agent", "roles", _w.Ann, [_w.Member, _w.Mentor]),
        ("Agent", "claims", _w.Coop, [_w.WantedApples]),
        ("Agent", "claimsAsProvider", _w.Cat, [_w.WantedApples]),
        ("Agent", "claimsAsReceiver", _w.Coop, [_w.WantedApples]),
        ("Agent", "claimsInScope", _w.Cat, [_w.WantedApples]),
        ("Agent", "commitments", _w.Coop, [_w.PickingCommitment, _w.SaleCommitment]),
        ("Agent", "intents", _w.Cat, [_w.WantedApples, _w.OfferedMoney]),
        ("Agent", "economicEvents", _w.Ann, [_w.AnnWorks]),
        ("Agent", "processes", _w.Bob, [_w.Pick]),
        ("Agent", "plans", _w.Cat, [_w.Plan]),
        ("Agent", "proposals", _w.Cat, [_w.Proposal]),
        ("Agent", "proposalsTo", _w.Bob, [_w.Proposal]),
        ("Agent", "inventoriedEconomicResources", _w.Cat, [_w.CatsApples, _w.Wallets[0]]),
        ("Process", "workingAgents", _w.Pick, [_w.Ann, _w.Bob]),
        ("Process", "unplannedInputs", _w.Pick, [_w.BobWorks]),
        ("Process", "unplannedOutputs", _w.Pick, [_w.Picked]),
        ("Process", "nextProcesses", _w.Pick, [_w.Press]),
        ("Process", "previousProcesses", _w.Press, [_w.Pick]),
        ("Process", "involvedAgents", _w.Pick, [_w.Ann, _w.Bob, _w.Coop]),
        ("Plan", "nonProcessCommitments", _w.Plan, [_w.SaleCommitment]),
        ("Plan", "involvedAgents", _w.Plan, [_w.Ann, _w.Cat, _w.Coop]),
        ("Commitment", "involvedAgents", _w.SaleCommitment, [_w.Coop, _w.Cat]),
        ("Agreement", "unplannedEconomicEvents", _w.Agreement, [_w.Gift]),
        ("Agreement", "involvedAgents", _w.Agreement, [_w.Coop, _w.Cat]),
        ("Proposal", "primaryIntents", _w.Proposal, [_w.WantedApples]),
        ("Proposal", "reciprocalIntents", _w.Proposal, [_w.OfferedMoney]),
    ];

    [Fact]
    public void Related_EveryPairOfTheTable_AnswersTheStory()
    {
        using var read = _w.Story.Read();
        var reader = new VfDerivedReader(read);

        foreach (var (type, field, id, expected) in Expectations())
        {
            var actual = reader.Related(type, field, id);
            Assert.True(
                expected.OrderBy(e => e.Value, StringComparer.Ordinal).SequenceEqual(actual),
                $"{type}.{field}: expected [{string.Join(", ", expected.Select(Name))}], got [{string.Join(", ", actual.Select(Name))}]");
        }
    }

    [Fact]
    public void Related_Table_CoversEveryListValuedDerivedField()
    {
        using var read = _w.Story.Read();
        var reader = new VfDerivedReader(read);
        var expected = Expectations().Select(e => (e.Type, e.Field)).ToHashSet();

        foreach (var (type, field, _) in VfDerivedFields.All.Where(f => !s_notRelated.Contains(f.Field)))
        {
            var pairs = type == "*" ? reader.Fields.Where(p => p.Field == field).ToList() : [(type, field)];
            Assert.True(pairs.Count > 0, $"{type}.{field} has no entry in the reader's table");
            Assert.All(pairs, p => Assert.Contains(p, reader.Fields));
            Assert.All(pairs, p => Assert.Contains(p, expected));
        }

        Assert.Equal(expected.Count, reader.Fields.Count);
        Assert.Equal(
            ["Agreement", "Commitment", "Plan", "Process"],
            reader.Fields.Where(p => p.Field == "involvedAgents").Select(p => p.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Related_PersonAndOrganization_AnswerAsAgent()
    {
        using var read = _w.Story.Read();
        var reader = new VfDerivedReader(read);

        Assert.Equal(reader.Related("Agent", "relationships", _w.Coop), reader.Related("Organization", "relationships", _w.Coop));
        Assert.Equal([_w.AnnInCoop], reader.Related("Organization", "relationships", _w.Coop));
        Assert.Equal([_w.AnnWorks], reader.Related("Person", "economicEvents", _w.Ann));
    }

    [Fact]
    public void RelatedMany_ABatchOfAgents_AnswersEachInInputOrder()
    {
        using var read = _w.Story.Read();
        var reader = new VfDerivedReader(read);

        var answers = reader.RelatedMany("Agent", "economicEvents", [_w.Ann, _w.Bob, _w.Ann, _w.Member]);

        Assert.Equal([[_w.AnnWorks], [_w.BobWorks], [_w.AnnWorks], []], answers.Select(a => a.ToArray()));
        Assert.Throws<VfDomainException>(() => reader.RelatedMany("Agent", "nothing", [_w.Ann]));
    }

    [Fact]
    public void Related_UnknownPair_IsRefusedNamingTheField()
    {
        using var read = _w.Story.Read();
        var reader = new VfDerivedReader(read);

        var error = Assert.Throws<VfDomainException>(() => reader.Related("Process", "workingAnimals", _w.Pick));

        Assert.Equal((VfErrorCode.BadUserInput, "workingAnimals"), (error.Code, error.Field));
        Assert.Throws<VfDomainException>(() => reader.Related("Agent", "track", _w.Ann));
    }

    [Fact]
    public void Related_CorrectedUnplannedInput_IsLeftOut()
    {
        _w.Story.Event("work", _w.Bob, _w.Coop, ("corrects", VfValue.Of(_w.BobWorks)));
        using var read = _w.Story.Read();
        var reader = new VfDerivedReader(read);

        Assert.Empty(reader.Related("Process", "unplannedInputs", _w.Pick));
        Assert.Equal([_w.Ann], reader.Related("Process", "workingAgents", _w.Pick));
    }

    private string Name(Iri id) => _w.Story.Get(id) is var r ? r.GetString("name") ?? r.GetString("roleLabel") ?? id.Value : id.Value;
}
