namespace ValueFlows.Core.Tests.Ontology;

/// <summary>Files of the repository and of the read-only reference material beside it (<c>../shared/reference</c>).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The normative VF 1.0 ontology, or null when <c>../shared</c> is absent.</summary>
    public static string? ReferenceVfTtl { get; } = FindReference();

    public const string MissingReferenceReason =
        "The VF reference ontology is absent: expected ../shared/reference/valueflows/vf.ttl beside the repository.";

    public static string Ontology(string name) => Path.Combine(Root, "ontology", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueFlows.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ValueFlows.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindReference()
    {
        var parent = Directory.GetParent(Root)?.FullName;
        var candidate = parent is null ? null : Path.Combine(parent, "shared", "reference", "valueflows", "vf.ttl");
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }
}
