using Xunit.Sdk;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// A theory over manifest entries. It is skipped, with the reason, when the conformance suites are absent (xunit 2 has
/// no dynamic skip, so the constructor decides); rows whose <see cref="ConformanceCase.SkipReason"/> is set are
/// reported as skipped by <see cref="ConformanceTheoryDiscoverer"/>.
/// </summary>
[XunitTestCaseDiscoverer("ValueFlows.Conformance.Tests.ConformanceTheoryDiscoverer", "ValueFlows.Conformance.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when the suites are absent.</summary>
    public ConformanceTheoryAttribute()
    {
        if (ConformanceRoot.Path is null)
        {
            Skip = ConformanceRoot.MissingReason;
        }
    }
}

/// <summary>A fact about the conformance suites, skipped with the reason when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when the suites are absent.</summary>
    public ConformanceFactAttribute()
    {
        if (ConformanceRoot.Path is null)
        {
            Skip = ConformanceRoot.MissingReason;
        }
    }
}
