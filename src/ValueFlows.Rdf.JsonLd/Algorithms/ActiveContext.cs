namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// An active context (JSON-LD 1.1 API §4.1): term definitions, base IRI, vocabulary mapping, default language and
/// direction, and the context to return to when a non-propagated context ends. Cloning is cheap: the term table is
/// shared until one of the copies changes it.
/// </summary>
internal sealed class ActiveContext
{
    private Dictionary<string, TermDefinition> _terms;
    private bool _termsShared;
    private InverseContext? _inverse;
    private int _protectedCount;

    public ActiveContext(string? baseIri, JsonLdProcessingMode processingMode)
    {
        _terms = new Dictionary<string, TermDefinition>(StringComparer.Ordinal);
        BaseIri = baseIri;
        OriginalBaseUrl = baseIri;
        ProcessingMode = processingMode;
    }

    private ActiveContext(ActiveContext source)
    {
        _terms = source._terms;
        _termsShared = true;
        source._termsShared = true;
        _protectedCount = source._protectedCount;
        BaseIri = source.BaseIri;
        OriginalBaseUrl = source.OriginalBaseUrl;
        Vocab = source.Vocab;
        DefaultLanguage = source.DefaultLanguage;
        DefaultDirection = source.DefaultDirection;
        PreviousContext = source.PreviousContext;
        ProcessingMode = source.ProcessingMode;
    }

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; set; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage
    {
        get;
        set
        {
            field = value;
            _inverse = null;
        }
    }

    public string? DefaultDirection
    {
        get;
        set
        {
            field = value;
            _inverse = null;
        }
    }

    /// <summary>The context before a non-propagated (type-scoped) context was applied.</summary>
    public ActiveContext? PreviousContext { get; set; }

    public JsonLdProcessingMode ProcessingMode { get; }

    public bool IsJsonLd10 => ProcessingMode == JsonLdProcessingMode.JsonLd10;

    public bool HasProtectedTerms => _protectedCount > 0;

    public IReadOnlyDictionary<string, TermDefinition> Terms => _terms;

    /// <summary>The inverse context, built on first use.</summary>
    public InverseContext Inverse => _inverse ??= InverseContext.Create(this);

    /// <summary>A copy without the inverse context.</summary>
    public ActiveContext Clone() => new(this);

    public TermDefinition? GetTerm(string? term) =>
        term is not null && _terms.TryGetValue(term, out var definition) ? definition : null;

    public void SetTerm(string term, TermDefinition definition)
    {
        RemoveTerm(term);
        Own();
        _terms[term] = definition;
        if (definition.IsProtected)
        {
            _protectedCount++;
        }
    }

    /// <summary>Removes a term definition and returns it.</summary>
    public TermDefinition? RemoveTerm(string term)
    {
        if (!_terms.TryGetValue(term, out var old))
        {
            return null;
        }

        Own();
        _terms.Remove(term);
        if (old.IsProtected)
        {
            _protectedCount--;
        }

        return old;
    }

    private void Own()
    {
        _inverse = null;
        if (_termsShared)
        {
            _terms = new Dictionary<string, TermDefinition>(_terms, StringComparer.Ordinal);
            _termsShared = false;
        }
    }
}
