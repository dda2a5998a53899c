using Xunit.Sdk;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>
/// A theory over the entries of a JSON-LD suite manifest: skipped as a whole, with a message, when the suite is absent,
/// and entry by entry when an entry carries a skip reason.
/// </summary>
[XunitTestCaseDiscoverer("ValueFlows.Rdf.JsonLd.Tests.Conformance.ManifestTheoryDiscoverer", "ValueFlows.Rdf.JsonLd.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ManifestTheoryAttribute : TheoryAttribute
{
    public ManifestTheoryAttribute()
    {
        if (!SuitePaths.IsPresent)
        {
            Skip = SuitePaths.AbsentMessage;
        }
    }
}
