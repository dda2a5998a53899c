using ValueFlows.GraphQL.Resolvers;
using ValueFlows.GraphQL.Schema;

namespace ValueFlows.GraphQL.Tests;

public class ResolverCoverageTests
{
    // The graphql-mutations helper's part of the schema (Mutations/, Revisions/): checked by its own tests.
    private static readonly HashSet<string> MutationSide = ["Mutation", "RecordMeta", "Revision"];
    private static readonly HashSet<string> RevisionFields = ["revisionId", "revision", "meta"];

    [Fact]
    public void FromAssembly_EveryQueryAndObjectField_HasAResolver()
    {
        var table = VfResolverTable.FromAssembly();

        var missing = VfReferenceSchema.Fields
            .Where(t => !MutationSide.Contains(t.Key) && !t.Key.EndsWith("Response", StringComparison.Ordinal) && t.Key != "Agent")
            .SelectMany(t => t.Value.Where(f => !RevisionFields.Contains(f)).Select(f => (Type: t.Key, Field: f)))
            .Where(f => !table.Contains(f.Type, f.Field))
            .Select(f => $"{f.Type}.{f.Field}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} fields without a resolver:\n" + string.Join("\n", missing));
    }
}
