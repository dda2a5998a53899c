using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests;

public class VfNamespacesTests
{
    [Fact]
    public void Namespaces_AreAbsoluteIrisEndingInASeparator()
    {
        foreach (var ns in new[] { VfNamespaces.Vf, VfNamespaces.VfEarlier, VfNamespaces.Server, VfNamespaces.Om2, VfNamespaces.Foaf, VfNamespaces.Geo, VfNamespaces.DcTerms })
        {
            Assert.True(IriSyntax.TryValidateAbsolute(ns, out var error), ns + ": " + error);
            Assert.True(ns.EndsWith('#') || ns.EndsWith('/'), ns);
        }
    }

    [Fact]
    public void ContextIri_IsInOurNamespace()
    {
        Assert.StartsWith(VfNamespaces.Server.TrimEnd('#'), VfNamespaces.ContextIri, StringComparison.Ordinal);
    }
}
