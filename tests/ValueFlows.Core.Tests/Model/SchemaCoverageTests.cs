using ValueFlows.Core.Model;

namespace ValueFlows.Core.Tests.Model;

public sealed class SchemaCoverageTests
{
    [Fact]
    public void Model_EveryObjectFieldOfVfGraphql_MappedOrDerived()
    {
        var missing = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Model", "vf-graphql-fields.txt")).Where(l => !l.StartsWith('#')))
        {
            var name = line.Split(' ')[0];
            var (type, field) = (name[..name.IndexOf('.', StringComparison.Ordinal)], name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            bool mapped = VfModel.Get(type).Field(field) is not null
                || VfDerivedFields.All.Any(d => (d.Type == type || d.Type == "*" || (d.Type == "Agent" && type is "Person" or "Organization")) && d.Field == field);
            if (!mapped)
            {
                missing.Add(name);
            }
        }

        Assert.True(missing.Count == 0, "Neither mapped nor derived: " + string.Join(", ", missing));
    }

    [Fact]
    public void Model_FieldsOutsideVfGraphql_MarkedAsExtensions()
    {
        var schema = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Model", "vf-graphql-fields.txt"))
            .Where(l => !l.StartsWith('#')).Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

        var wrong = VfModel.Types.SelectMany(t => t.Fields.Select(f => (Name: t.Name + "." + f.Name, f.Extension)))
            .Where(f => schema.Contains(f.Name) == f.Extension)
            .Select(f => f.Name);

        Assert.Empty(wrong);
    }
}
