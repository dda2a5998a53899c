namespace ValueFlows.Rdf;

/// <summary>
/// A streaming reader of one RDF document: quads are pulled one at a time with <see cref="TryRead"/>, in bounded memory.
/// Prefix and base declarations are reported through <see cref="PrefixDeclared"/> and <see cref="BaseDeclared"/> as they
/// are met, so a writer can repeat them. A reader does not own its stream.
/// </summary>
public abstract class RdfReader : IDisposable
{
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);

    /// <summary>Raised when the document declares a prefix (prefix without ':', namespace IRI).</summary>
    public event Action<string, string>? PrefixDeclared;

    /// <summary>Raised when the document declares or changes its base IRI.</summary>
    public event Action<string>? BaseDeclared;

    /// <summary>The prefixes declared so far.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => _prefixes;

    /// <summary>The current base IRI, or null.</summary>
    public string? BaseIri { get; protected set; }

    /// <summary>Reads the next quad; false at the end of the document.</summary>
    /// <exception cref="RdfSyntaxException">The input is malformed.</exception>
    public abstract bool TryRead(out Quad quad);

    /// <summary>All remaining quads of the document.</summary>
    public IEnumerable<Quad> ReadAll()
    {
        while (TryRead(out var quad))
        {
            yield return quad;
        }
    }

    /// <summary>Records a prefix declaration and tells listeners.</summary>
    protected void DeclarePrefix(string prefix, string namespaceIri)
    {
        _prefixes[prefix] = namespaceIri;
        PrefixDeclared?.Invoke(prefix, namespaceIri);
    }

    /// <summary>Records a base declaration and tells listeners.</summary>
    protected void DeclareBase(string baseIri)
    {
        BaseIri = baseIri;
        BaseDeclared?.Invoke(baseIri);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases pooled buffers.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
