using ValueFlows.Core.Model;

namespace ValueFlows.Core.Tests.Model;

public sealed class MappingDocumentTests
{
    [Fact]
    public void MappingDocument_OntologyMappingMd_EqualsWhatTheModelGenerates()
    {
        var path = Path.Combine(RepositoryRoot(), "ontology", "mapping.md");
        var generated = MappingDocument.Write();
        if (Environment.GetEnvironmentVariable("VF_WRITE_MAPPING") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), path + " is missing: run with VF_WRITE_MAPPING=1.");
        Assert.Equal(generated, File.ReadAllText(path));
    }

    [Fact]
    public void MappingDocument_EveryTypeAndStoredField_Listed()
    {
        var text = MappingDocument.Write();

        foreach (var type in VfModel.Types)
        {
            Assert.Contains("## " + type.Name + "\n", text, StringComparison.Ordinal);
        }

        Assert.Contains("| `resourceQuantity` | `vf:resourceQuantity` | `vf:Measure` `#resourceQuantity` |", text, StringComparison.Ordinal);
        Assert.Contains("| `observedInputs` | ^`vf:inputOf` | EconomicEvent.inputOf |", text, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ValueFlows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ValueFlows.sln not found above the test directory.");
    }
}
