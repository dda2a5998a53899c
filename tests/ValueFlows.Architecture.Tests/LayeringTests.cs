using System.Xml.Linq;

namespace ValueFlows.Architecture.Tests;

/// <summary>Dependencies point down the list only (ARCHITECTURE.md "Projects and the one-way rule").</summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["ValueFlows.Rdf"] = [],
        ["ValueFlows.Rdf.JsonLd"] = ["ValueFlows.Rdf"],
        ["ValueFlows.Sparql"] = ["ValueFlows.Rdf"],
        ["ValueFlows.Store"] = ["ValueFlows.Rdf", "ValueFlows.Sparql"],
        ["ValueFlows.Core"] = ["ValueFlows.Rdf", "ValueFlows.Sparql", "ValueFlows.Store"],
        ["ValueFlows.GraphQL"] = ["ValueFlows.Rdf", "ValueFlows.Core"],
        ["ValueFlows.Server"] =
            ["ValueFlows.Rdf", "ValueFlows.Rdf.JsonLd", "ValueFlows.Sparql", "ValueFlows.Store", "ValueFlows.Core", "ValueFlows.GraphQL"],
        ["ValueFlows.Cli"] =
        [
            "ValueFlows.Rdf", "ValueFlows.Rdf.JsonLd", "ValueFlows.Sparql", "ValueFlows.Store", "ValueFlows.Core", "ValueFlows.GraphQL",
            "ValueFlows.Server",
        ],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectReferences_PointDownTheLayerTable(string project)
    {
        Assert.True(s_allowed.TryGetValue(project, out var allowed), $"{project} is not in the layer table of ARCHITECTURE.md.");
        var csproj = Path.Combine(RepositoryRoot.Path, "src", project, project + ".csproj");
        var references = XDocument.Load(csproj)
            .Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var forbidden = references.Except(allowed!).ToList();
        Assert.True(forbidden.Count == 0, $"{project} must not reference {string.Join(", ", forbidden)}.");
    }
}
