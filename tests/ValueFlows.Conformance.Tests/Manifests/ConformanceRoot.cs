namespace ValueFlows.Conformance.Tests;

/// <summary>
/// Where the W3C suites are: <c>../shared/conformance</c> beside the repository (or the folder named by the
/// <c>VF_CONFORMANCE_DIR</c> environment variable). Null when absent, so the tests can skip saying why.
/// </summary>
public static class ConformanceRoot
{
    /// <summary>The conformance folder, or null when it is not there.</summary>
    public static string? Path { get; } = Find();

    /// <summary>The reason given by every conformance test when the suites are absent.</summary>
    public static string MissingReason =>
        "The W3C conformance suites are absent: expected ../shared/conformance beside the repository (or VF_CONFORMANCE_DIR).";

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("VF_CONFORMANCE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? System.IO.Path.GetFullPath(configured) : null;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ValueFlows.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var candidate = System.IO.Path.Combine(dir.Parent.FullName, "shared", "conformance");
        return Directory.Exists(candidate) ? candidate : null;
    }
}
