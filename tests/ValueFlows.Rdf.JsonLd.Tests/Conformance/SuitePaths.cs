namespace ValueFlows.Rdf.JsonLd.Tests.Conformance;

/// <summary>Where the W3C JSON-LD API suite lives: <c>../shared/conformance/w3c-json-ld-api/tests</c> beside the repository.</summary>
internal static class SuitePaths
{
    /// <summary>The IRI the suite's manifests are published under; the local folder stands in for it.</summary>
    public const string BaseIri = "https://w3c.github.io/json-ld-api/tests/";

    /// <summary>The folder of the manifests, or null when the shared folder is absent.</summary>
    public static string? TestsFolder { get; } = Find();

    public static bool IsPresent => TestsFolder is not null;

    public const string AbsentMessage =
        "The W3C JSON-LD suite is not present: expected ../shared/conformance/w3c-json-ld-api/tests beside the repository.";

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueFlows.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var tests = Path.Combine(dir.Parent.FullName, "shared", "conformance", "w3c-json-ld-api", "tests");
        return Directory.Exists(tests) ? tests : null;
    }
}
