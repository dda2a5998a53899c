using System.Text.RegularExpressions;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Ontology;

public partial class CoverageTests
{
    private const string Owl = "http://www.w3.org/2002/07/owl#";

    [ReferenceFact]
    public void Context_EveryClassPropertyAndIndividualOfVfTtl_IsATerm()
    {
        var reference = TurtleFile.Read(RepositoryFiles.ReferenceVfTtl!);
        var termIris = PublishedContext.TermIris.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var kind in new[] { "Class", "ObjectProperty", "DatatypeProperty", "NamedIndividual" })
        {
            var declared = TurtleFile.SubjectsOfType(reference, Owl + kind).Select(i => i.Value).ToList();
            Assert.NotEmpty(declared);
            var missing = declared.Where(iri => !termIris.Contains(iri)).ToList();
            Assert.Empty(missing);
        }
    }

    [ReferenceFact]
    public void Context_EveryVfIriUsedAnywhereInVfTtl_IsATerm()
    {
        var reference = TurtleFile.Read(RepositoryFiles.ReferenceVfTtl!);
        var termIris = PublishedContext.TermIris.Values.ToHashSet(StringComparer.Ordinal);
        var used = reference.SelectMany(q => new[] { q.Subject, q.Predicate, q.Object }).OfType<Iri>()
            .Select(i => i.Value).Where(v => v.StartsWith(VfNamespaces.Vf, StringComparison.Ordinal) && v.Length > VfNamespaces.Vf.Length)
            .ToHashSet(StringComparer.Ordinal);
        var missing = used.Where(iri => !termIris.Contains(iri)).Order().ToList();
        Assert.Empty(missing);
    }

    [ReferenceFact]
    public void ActionsTtl_EveryActionIndividualOfVfTtl_IsInTheActionTable()
    {
        var reference = TurtleFile.Read(RepositoryFiles.ReferenceVfTtl!);
        var actions = TurtleFile.SubjectsOfType(reference, VfNamespaces.Vf + "Action").Select(i => i.Value).ToList();
        Assert.Equal(19, actions.Count);
        Assert.All(actions, iri => Assert.True(ValueFlows.Core.Actions.ActionCatalog.Standard.TryGet(iri, out _), iri));
    }

    [Fact]
    public void Context_EveryTermIri_IsVfOrEarlierVfOrOurs()
    {
        string[] allowed = [VfNamespaces.Vf, VfNamespaces.VfEarlier, VfNamespaces.Server, VfNamespaces.Om2];
        var foreign = PublishedContext.TermIris.Where(t => !allowed.Any(ns => t.Value.StartsWith(ns, StringComparison.Ordinal))).ToList();
        Assert.Empty(foreign);
    }

    [Fact]
    public void ServerTtl_DeclaresEveryTermOfOursInTheContextAndInSource()
    {
        var declared = DeclaredServerTerms();
        var inContext = PublishedContext.TermIris.Values.Where(IsOurs);
        var inSource = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ServerTermInSource().Matches(File.ReadAllText(file)).Select(m => VfNamespaces.Server + m.Groups["local"].Value));

        Assert.Empty(inContext.Concat(inSource).Where(iri => !declared.Contains(iri)).Distinct().Order());
    }

    [Fact]
    public void ServerTtl_EveryDeclaredTerm_IsInTheContext()
    {
        var termIris = PublishedContext.TermIris.Values.ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(DeclaredServerTerms());
        var missing = DeclaredServerTerms().Where(iri => !termIris.Contains(iri)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void ServerTtl_UsesOneFixedNamespace()
    {
        var data = TurtleFile.Read(RepositoryFiles.Ontology("server.ttl"));
        var ontology = Assert.Single(TurtleFile.SubjectsOfType(data, Owl + "Ontology"));
        Assert.Equal(VfNamespaces.Server.TrimEnd('#'), ontology.Value);
        Assert.Contains(data, q => q.Subject is Iri s && s.Value == VfNamespaces.ContextIri);
    }

    [Fact]
    public void Context_EveryEarlierNamespaceTermCoreWrites_IsATerm()
    {
        var termIris = PublishedContext.TermIris.Values.ToHashSet(StringComparer.Ordinal);
        var missing = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => EarlierTermInSource().Matches(File.ReadAllText(file)).Select(m => VfNamespaces.VfEarlier + m.Groups["local"].Value))
            .Where(iri => !termIris.Contains(iri)).Distinct().Order().ToList();

        Assert.Empty(missing);
    }

    private static HashSet<string> DeclaredServerTerms()
    {
        var data = TurtleFile.Read(RepositoryFiles.Ontology("server.ttl"));
        return data.Where(q => q.Predicate == RdfVocabulary.Type).Select(q => q.Subject).OfType<Iri>()
            .Select(i => i.Value).Where(IsOurs).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsOurs(string iri) => iri.StartsWith(VfNamespaces.Server, StringComparison.Ordinal);

    // Our terms appear in code as VfNamespaces.Server + "local" or spelled out in full.
    [GeneratedRegex("""(?:VfNamespaces\.Server\s*\+\s*"|https://w3id\.org/valueflows-server/ns#)(?<local>[A-Za-z][A-Za-z0-9_]*)""")]
    private static partial Regex ServerTermInSource();

    // Core's model names earlier-namespace terms as Old("local") or VfNamespaces.VfEarlier + "local".
    [GeneratedRegex("""(?:\bOld\("|VfNamespaces\.VfEarlier\s*\+\s*")(?<local>[A-Za-z][A-Za-z0-9_]*)""")]
    private static partial Regex EarlierTermInSource();
}
