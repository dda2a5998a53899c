using GraphQL.Types;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Tests;

public class SchemaBuildTests
{
    [Fact]
    public void Instance_FromReferenceSdl_HasEveryQueryAndMutationField()
    {
        var schema = VfSchema.Instance;

        // DECISIONS 16: the authority is buildSchema() of the pinned package: 61 queries, 82 mutations.
        Assert.Equal(61, schema.Query.Fields.Count);
        Assert.Equal(82, schema.Mutation!.Fields.Count);
    }

    [Fact]
    public void Instance_CovariantRevisionFields_KeepTheirReferenceTypes()
    {
        var person = Assert.IsAssignableFrom<IObjectGraphType>(VfSchema.Instance.AllTypes["Person"]);
        var agent = Assert.IsAssignableFrom<IInterfaceGraphType>(VfSchema.Instance.AllTypes["Agent"]);

        Assert.Equal("Person", person.GetField("revision")!.ResolvedType!.ToString());
        Assert.Equal("Agent", agent.GetField("revision")!.ResolvedType!.ToString());
        Assert.Contains(agent, person.ResolvedInterfaces);
    }

    [Theory]
    [InlineData("_vf_filtering_dummy")]
    [InlineData("Sort")]
    [InlineData("URI")]
    [InlineData("DateTime")]
    [InlineData("Decimal")]
    [InlineData("TrackTraceItem")]
    public void Instance_UnreachableAndCustomTypes_AreRegistered(string name)
    {
        Assert.NotNull(VfSchema.Instance.AllTypes[name]);
    }

    [Fact]
    public void Instance_EnumValues_KeepLowerCaseNames()
    {
        var timeUnit = Assert.IsAssignableFrom<EnumerationGraphType>(VfSchema.Instance.AllTypes["TimeUnit"]);

        Assert.Equal(["year", "month", "week", "day", "hour", "minute", "second"], timeUnit.Values.Select(v => v.Name));
    }

    [Fact]
    public void Instance_ObjectTypes_MatchTheReferenceFieldByField()
    {
        foreach (var (typeName, fields) in VfReferenceSchema.Fields)
        {
            var type = Assert.IsAssignableFrom<IComplexGraphType>(VfSchema.Instance.AllTypes[typeName]);
            Assert.Equal(fields.Order(StringComparer.Ordinal), type.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Print_Schema_HasTheReferenceTypes()
    {
        var text = VfGraphQLSchemaText.Print();

        Assert.Contains("interface Agent", text, StringComparison.Ordinal);
        Assert.Contains("scalar URI", text, StringComparison.Ordinal);
        Assert.Contains("union TrackTraceItem = EconomicResource | EconomicEvent | Process", text, StringComparison.Ordinal);
    }
}
