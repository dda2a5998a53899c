using Xunit.Abstractions;
using Xunit.Sdk;

namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>Turns a manifest entry that carries a skip reason into a skipped test case with that reason.</summary>
public sealed class ManifestTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        if (dataRow is [ManifestEntry { SkipReason: { } reason }])
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod, reason, dataRow),
            ];
        }

        return base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);
    }
}
