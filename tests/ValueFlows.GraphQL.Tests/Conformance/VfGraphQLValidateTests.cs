using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Tests.Conformance;

/// <summary>Issue 8 item 4: the package's <c>validate()</c> reports 0 breaking changes for our introspected schema.</summary>
public sealed class VfGraphQLValidateTests : IDisposable
{
    private readonly GraphQLFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Validate_IntrospectionOfOurSchema_HasNoBreakingChanges()
    {
        var query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conformance", "introspection-query.graphql"));
        var (response, json) = _fixture.Response(query);
        Assert.True(response.ExecutedAnything, json.ToString());
        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var file = Path.Combine(Path.GetTempPath(), $"vf-introspection-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json.ToString());
        try
        {
            var (exitCode, output) = NodeSchemaCheck.Run("validate.js", file);

            Assert.True(exitCode == 0, output);
            Assert.Contains("0 breaking changes", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ReferenceSdl_Embedded_EqualsThePinnedPackagesPrintSchema()
    {
        var (exitCode, output) = NodeSchemaCheck.Run("print-reference.js");

        Assert.Equal(0, exitCode);
        Assert.Equal(output, VfReferenceSchema.Text);
    }
}
