using ValueFlows.Core.Actions;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Ontology;

public class ActionsTtlTests
{
    private static readonly string s_action = VfNamespaces.Vf + "Action";

    [ReferenceFact]
    public void ActionsTtl_EveryActionOfTheReference_HasExactlyTheReferenceTriples()
    {
        var reference = TurtleFile.Read(RepositoryFiles.ReferenceVfTtl!);
        var ours = TurtleFile.Read(RepositoryFiles.Ontology("actions.ttl"));
        var referenceActions = TurtleFile.SubjectsOfType(reference, s_action).ToHashSet();
        var ourActions = TurtleFile.SubjectsOfType(ours, s_action).ToHashSet();

        Assert.Equal(19, referenceActions.Count);
        Assert.Equal(referenceActions.OrderBy(a => a.Value), ourActions.OrderBy(a => a.Value));
        foreach (var action in referenceActions)
        {
            var expected = reference.Match(action, null, null, null).Select(q => q.Predicate + " " + q.Object).Order().ToList();
            var actual = ours.Match(action, null, null, null).Select(q => q.Predicate + " " + q.Object).Order().ToList();
            Assert.Equal(expected, actual);
        }
    }

    [ReferenceFact]
    public void ActionCatalog_EveryEffect_EqualsTheReferenceValue()
    {
        var reference = TurtleFile.Read(RepositoryFiles.ReferenceVfTtl!);
        var actions = TurtleFile.SubjectsOfType(reference, s_action).ToList();
        Assert.Equal(actions.Count, ActionCatalog.Standard.All.Count);
        foreach (var iri in actions)
        {
            var action = ActionCatalog.Standard.Get(iri.Value);
            string Ref(string property) =>
                ((Iri)reference.Match(iri, Iri.Create(VfNamespaces.Vf + property), null, null).Single().Object).Value[VfNamespaces.Vf.Length..];

            Assert.Equal(Ref("inputOutput"), VfActionTerms.LocalName(action.InputOutput));
            Assert.Equal(Ref("pairsWith"), action.PairsWith ?? "notApplicable");
            Assert.Equal(Ref("createResource"), VfActionTerms.LocalName(action.CreateResource));
            Assert.Equal(Ref("eventQuantity"), VfActionTerms.LocalName(action.EventQuantity));
            Assert.Equal(Ref("accountingEffect"), VfActionTerms.LocalName(action.AccountingEffect));
            Assert.Equal(Ref("onhandEffect"), VfActionTerms.LocalName(action.OnhandEffect));
            Assert.Equal(Ref("locationEffect"), VfActionTerms.LocalName(action.LocationEffect));
            Assert.Equal(Ref("containedEffect"), VfActionTerms.LocalName(action.ContainedEffect));
            Assert.Equal(Ref("accountableEffect"), VfActionTerms.LocalName(action.AccountableEffect));
            Assert.Equal(Ref("stageEffect"), VfActionTerms.LocalName(action.StageEffect));
            Assert.Equal(Ref("stateEffect"), VfActionTerms.LocalName(action.StateEffect));
            var label = (Literal)reference.Match(iri, Iri.Create("http://www.w3.org/2000/01/rdf-schema#label"), null, null).Single().Object;
            Assert.Equal(label.Value, action.Label);
        }
    }

    [Fact]
    public void ActionCatalog_EmbeddedFile_IsTheOntologyFile()
    {
        using var embedded = typeof(ActionCatalog).Assembly.GetManifestResourceStream(ActionCatalog.ResourceName);
        Assert.NotNull(embedded);
        using var reader = new StreamReader(embedded);
        Assert.Equal(File.ReadAllText(RepositoryFiles.Ontology("actions.ttl")), reader.ReadToEnd());
    }
}
