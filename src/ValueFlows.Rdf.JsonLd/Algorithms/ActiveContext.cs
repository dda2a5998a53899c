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
    private int _scopedCount;
    private Dictionary<string, string?>? _vocabExpansions;
    private Dictionary<string, string?>? _typeExpansions;
    private Dictionary<string, string>? _keywordAliases;

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
        _scopedCount = source._scopedCount;
        BaseIri = source.BaseIri;
        OriginalBaseUrl = source.OriginalBaseUrl;
        Vocab = source.Vocab;
        DefaultLanguage = source.DefaultLanguage;
        DefaultDirection = source.DefaultDirection;
        PreviousContext = source.PreviousContext;
        ProcessingMode = source.ProcessingMode;
    }

    public string? BaseIri
    {
        get;
        set
        {
            field = value;
            _typeExpansions = null;
        }
    }

    public string? OriginalBaseUrl { get; set; }

    public string? Vocab
    {
        get;
        set
        {
            field = value;
            _vocabExpansions = null;
            _typeExpansions = null;
        }
    }

    public string? DefaultLanguage
    {
        get;
        set
        {
            field = value;
            _inverse = null;
            _keywordAliases = null;
        }
    }

    public string? DefaultDirection
    {
        get;
        set
        {
            field = value;
            _inverse = null;
            _keywordAliases = null;
        }
    }

    /// <summary>The context before a non-propagated (type-scoped) context was applied.</summary>
    public ActiveContext? PreviousContext { get; set; }

    public JsonLdProcessingMode ProcessingMode { get; }

    public bool IsJsonLd10 => ProcessingMode == JsonLdProcessingMode.JsonLd10;

    public bool HasProtectedTerms => _protectedCount > 0;

    /// <summary>True when some term has a scoped context (so types and properties may change the context).</summary>
    public bool HasScopedContexts => _scopedCount > 0;

    public IReadOnlyDictionary<string, TermDefinition> Terms => _terms;

    /// <summary>The inverse context, built on first use.</summary>
    public InverseContext Inverse => _inverse ??= InverseContext.Create(this);

    /// <summary>A copy without the inverse context.</summary>
    public ActiveContext Clone() => new(this);

    public TermDefinition? GetTerm(string? term) =>
        term is not null && _terms.TryGetValue(term, out var definition) ? definition : null;

    /// <summary>The definition of a term given as a span (no string is made to look it up).</summary>
    public TermDefinition? GetTerm(ReadOnlySpan<char> term) =>
        _terms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var definition) ? definition : null;

    /// <summary>A keyword's alias (or the keyword), memoized: compaction asks for the same few on every node.</summary>
    public string CompactKeyword(string keyword)
    {
        _keywordAliases ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!_keywordAliases.TryGetValue(keyword, out var alias))
        {
            alias = IriCompaction.Compact(this, keyword, vocab: true)!;
            _keywordAliases[keyword] = alias;
        }

        return alias;
    }

    public void SetTerm(string term, TermDefinition definition)
    {
        RemoveTerm(term);
        Own();
        _terms[term] = definition;
        if (definition.IsProtected)
        {
            _protectedCount++;
        }

        if (definition.HasLocalContext)
        {
            _scopedCount++;
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

        if (old.HasLocalContext)
        {
            _scopedCount--;
        }

        return old;
    }

    /// <summary>
    /// IRI expansion of a key (vocabulary-relative, not document-relative), memoized: the same few keys recur on every
    /// node of a document.
    /// </summary>
    public string? ExpandKey(string key)
    {
        _vocabExpansions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_vocabExpansions.TryGetValue(key, out var expanded))
        {
            expanded = IriExpansion.Expand(this, key, vocab: true);
            if (_vocabExpansions.Count < 10_000)
            {
                _vocabExpansions[key] = expanded;
            }
        }

        return expanded;
    }

    /// <summary>IRI expansion of a type (vocabulary- and document-relative), memoized like <see cref="ExpandKey"/>.</summary>
    public string? ExpandType(string type)
    {
        _typeExpansions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_typeExpansions.TryGetValue(type, out var expanded))
        {
            expanded = IriExpansion.Expand(this, type, documentRelative: true, vocab: true);
            if (_typeExpansions.Count < 10_000)
            {
                _typeExpansions[type] = expanded;
            }
        }

        return expanded;
    }

    private void Own()
    {
        _inverse = null;
        _keywordAliases = null;
        _vocabExpansions = null;
        _typeExpansions = null;
        if (_termsShared)
        {
            _terms = new Dictionary<string, TermDefinition>(_terms, StringComparer.Ordinal);
            _termsShared = false;
        }
    }
}
