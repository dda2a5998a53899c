using ValueFlows.Core.Actions;
using ValueFlows.Core.Vocabulary;

namespace ValueFlows.Core.Tests.Actions;

public class ActionCatalogTests
{
    [Fact]
    public void Standard_HasTheNineteenVfActions()
    {
        Assert.Equal(
            ["accept", "cite", "combine", "consume", "copy", "deliverService", "dropoff", "lower", "modify", "move", "pickup",
             "produce", "raise", "separate", "transfer", "transferAllRights", "transferCustody", "use", "work"],
            ActionCatalog.Standard.All.Select(a => a.Id));
    }

    [Theory]
    [InlineData("produce")]
    [InlineData("https://w3id.org/valueflows/ont/vf#produce")]
    public void Get_LocalNameOrFullIri_FindsTheSameAction(string idOrIri)
    {
        var action = ActionCatalog.Standard.Get(idOrIri);

        Assert.Equal("produce", action.Id);
        Assert.Equal(VfNamespaces.Vf + "produce", action.Iri.Value);
    }

    [Theory]
    [InlineData("improve")]
    [InlineData("Produce")]
    [InlineData("https://w3id.org/valueflows#produce")]
    public void Get_UnknownAction_IsRefusedNamingTheField(string idOrIri)
    {
        var error = Assert.Throws<VfDomainException>(() => ActionCatalog.Standard.Get(idOrIri, "event.action"));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("event.action", error.Field);
        Assert.False(ActionCatalog.Standard.TryGet(idOrIri, out _));
    }

    [Fact]
    public void Produce_HasTheBehaviourVfGivesIt()
    {
        var produce = ActionCatalog.Standard.Get("produce");

        Assert.Equal(InputOutput.Output, produce.InputOutput);
        Assert.Null(produce.PairsWith);
        Assert.Equal(CreateResource.Optional, produce.CreateResource);
        Assert.Equal(EventQuantityKind.Resource, produce.EventQuantity);
        Assert.Equal(QuantityEffect.Increment, produce.AccountingEffect);
        Assert.Equal(QuantityEffect.Increment, produce.OnhandEffect);
        Assert.Equal(LocationEffect.New, produce.LocationEffect);
        Assert.Equal(AccountableEffect.New, produce.AccountableEffect);
        Assert.Equal(StageEffect.Update, produce.StageEffect);
        Assert.Equal(StateEffect.Update, produce.StateEffect);
    }

    [Theory]
    [InlineData("accept", "modify")]
    [InlineData("pickup", "dropoff")]
    public void PairsWith_IsSymmetric(string one, string other)
    {
        Assert.Equal(other, ActionCatalog.Standard.Get(one).PairsWith);
        Assert.Equal(one, ActionCatalog.Standard.Get(other).PairsWith);
    }

    [Theory]
    [InlineData("transfer", true)]
    [InlineData("move", true)]
    [InlineData("copy", true)]
    [InlineData("transferCustody", true)]
    [InlineData("produce", false)]
    [InlineData("combine", false)]
    [InlineData("work", false)]
    public void HasToSide_IsTrueForActionsWithAReceivingResource(string id, bool expected)
    {
        Assert.Equal(expected, ActionCatalog.Standard.Get(id).HasToSide);
    }

    [Fact]
    public void Quads_StateEveryActionsBehaviourForSparql()
    {
        var quads = ActionCatalog.Standard.Quads;
        var produce = ActionCatalog.Standard.Get("produce").Iri;

        Assert.Equal(19 * 16, quads.Count);
        Assert.Contains(new ValueFlows.Rdf.Quad(produce, ValueFlows.Rdf.Iri.Create(VfNamespaces.Vf + "accountingEffect"),
            ValueFlows.Rdf.Iri.Create(VfNamespaces.Vf + "increment")), quads);
    }

    [Fact]
    public void GraphQlName_NoEffect_IsNoEffectAndParsesBack()
    {
        Assert.Equal("noEffect", VfActionTerms.GraphQlName(QuantityEffect.NotApplicable));
        Assert.Equal("notApplicable", VfActionTerms.LocalName(QuantityEffect.NotApplicable));
        Assert.Equal("decrementIncrement", VfActionTerms.GraphQlName(QuantityEffect.DecrementIncrement));
        Assert.True(VfActionTerms.TryParseQuantityEffect("noEffect", out var fromGraphQl));
        Assert.True(VfActionTerms.TryParseQuantityEffect(VfNamespaces.Vf + "notApplicable", out var fromIri));
        Assert.Equal(QuantityEffect.NotApplicable, fromGraphQl);
        Assert.Equal(QuantityEffect.NotApplicable, fromIri);
        Assert.False(VfActionTerms.TryParseQuantityEffect("sometimes", out _));
    }

    [Fact]
    public void Load_ActionWithUnknownEffectValue_IsRefused()
    {
        const string turtle = """
            @prefix vf: <https://w3id.org/valueflows/ont/vf#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            vf:grow a vf:Action ; rdfs:label "grow" ; rdfs:comment "x" ;
              vf:inputOutput vf:output ; vf:pairsWith vf:notApplicable ; vf:createResource vf:optional ;
              vf:eventQuantity vf:resource ; vf:accountingEffect vf:doubles ; vf:onhandEffect vf:increment ;
              vf:locationEffect vf:new ; vf:containedEffect vf:notApplicable ; vf:accountableEffect vf:new ;
              vf:stageEffect vf:update ; vf:stateEffect vf:update .
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(turtle));

        var error = Assert.Throws<InvalidDataException>(() => ActionCatalog.Load(stream));

        Assert.Contains("vf:accountingEffect vf:doubles", error.Message, StringComparison.Ordinal);
    }
}
