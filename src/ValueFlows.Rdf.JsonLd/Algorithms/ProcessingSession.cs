using System.Diagnostics.CodeAnalysis;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// What one API call shares across its algorithms: the options, the contexts already dereferenced (a context IRI is
/// loaded at most once per call, §4.1.2 step 5.2.4), and the trail that locates errors.
/// </summary>
internal sealed class ProcessingSession
{
    public ProcessingSession(JsonLdOptions options)
    {
        Options = options;
    }

    public JsonLdOptions Options { get; }

    public JsonPointerTrail Trail { get; } = new();

    /// <summary>Dereferenced remote contexts by IRI: the value of their <c>@context</c> entry and their document URL.</summary>
    public Dictionary<string, (object? Context, string DocumentUrl)> RemoteContexts { get; } = new(StringComparer.Ordinal);

    public bool Ordered => Options.Ordered;

    /// <summary>An error at the current place.</summary>
    public JsonLdException Error(JsonLdErrorCode code, string detail) => new(code, detail, Trail.ToString());

    [DoesNotReturn]
    public void Throw(JsonLdErrorCode code, string detail) => throw Error(code, detail);
}
