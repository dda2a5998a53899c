using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Update;

/// <summary>
/// What an update may reach outside the dataset. <c>LOAD</c> reads <c>file:</c> IRIs only under
/// <see cref="ImportDirectory"/> and <c>http(s):</c> IRIs only when <see cref="AllowedIris"/> lists them; every other
/// address is refused (ARCHITECTURE: LOAD never reaches an address that is not allow-listed). The defaults refuse
/// every LOAD.
/// </summary>
public sealed record UpdateOptions
{
    /// <summary>Options that refuse every LOAD.</summary>
    public static UpdateOptions Default { get; } = new();

    /// <summary>The folder <c>file:</c> IRIs must resolve into (symbolic links followed), or null to refuse them all.</summary>
    public string? ImportDirectory { get; init; }

    /// <summary>
    /// The http(s) IRIs LOAD may fetch: an entry matches the same IRI, or every IRI under it when it ends with '/'.
    /// Redirects are followed only to allowed IRIs.
    /// </summary>
    public IReadOnlyList<string> AllowedIris { get; init; } = [];

    /// <summary>The formats LOAD can read (by media type, else by file extension).</summary>
    public RdfFormatRegistry Formats { get; init; } = RdfFormatRegistry.Default;

    /// <summary>The message handler for http(s) LOAD (tests give one); null uses a handler that never redirects by itself.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>The largest document LOAD reads, in bytes.</summary>
    public long MaxLoadBytes { get; init; } = 1L << 30;

    /// <summary>Documents already read by <see cref="SparqlUpdateExecutor.PrefetchDocuments"/> (source IRI → quads; null = a SILENT LOAD that failed).</summary>
    internal IReadOnlyDictionary<Iri, List<Quad>?>? Prefetched { get; init; }
}
