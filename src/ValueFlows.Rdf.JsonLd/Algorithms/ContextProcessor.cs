using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Context Processing algorithm (JSON-LD 1.1 API §4.1.2): applies a local context to an active context and returns
/// the new active context. Term definitions are built by <see cref="TermDefinitionBuilder"/>.
/// </summary>
internal sealed class ContextProcessor
{
    /// <summary>How many remote contexts one chain may pull in before it counts as a loop (step 5.2.3).</summary>
    public const int MaxRemoteContexts = 32;

    private static readonly HashSet<string> s_contextKeywords = new(StringComparer.Ordinal)
    {
        Keywords.Base, Keywords.Direction, Keywords.Import, Keywords.Language, Keywords.Propagate, Keywords.Protected,
        Keywords.Version, Keywords.Vocab,
    };

    private readonly ProcessingSession _session;

    public ContextProcessor(ProcessingSession session)
    {
        _session = session;
    }

    public ProcessingSession Session => _session;

    public ActiveContext Process(
        ActiveContext activeContext,
        object? localContext,
        string? baseUrl,
        List<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        remoteContexts ??= [];

        // Step 1.
        var result = activeContext.Clone();

        // Step 2: the value is checked in step 5.11.
        if (localContext is JsonMap lc && lc.TryGetValue(Keywords.Propagate, out var p) && p is bool pb)
        {
            propagate = pb;
        }

        // Step 3.
        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = activeContext;
        }

        // Step 4.
        var contexts = localContext as List<object?> ?? [localContext];
        var trail = _session.Trail;
        bool isArray = localContext is List<object?>;
        for (int index = 0; index < contexts.Count; index++)
        {
            var context = contexts[index];
            if (isArray)
            {
                trail.Push(index);
            }

            try
            {
                result = ProcessOne(
                    activeContext, result, context, baseUrl, remoteContexts, overrideProtected, propagate, validateScopedContext);
            }
            finally
            {
                if (isArray)
                {
                    trail.Pop();
                }
            }
        }

        // Step 6.
        return result;
    }

    private ActiveContext ProcessOne(
        ActiveContext activeContext,
        ActiveContext result,
        object? context,
        string? baseUrl,
        List<string> remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScopedContext)
    {
        // Step 5.1.
        if (context is null)
        {
            if (!overrideProtected && result.HasProtectedTerms)
            {
                _session.Throw(JsonLdErrorCode.InvalidContextNullification, "A context with protected terms cannot be set to null.");
            }

            var previous = result;
            result = new ActiveContext(activeContext.OriginalBaseUrl, activeContext.ProcessingMode);
            if (!propagate)
            {
                result.PreviousContext = previous;
            }

            return result;
        }

        // Step 5.2.
        if (context is string reference)
        {
            return ProcessRemote(result, reference, baseUrl, remoteContexts, overrideProtected, validateScopedContext);
        }

        // Step 5.3.
        if (context is not JsonMap map)
        {
            throw _session.Error(JsonLdErrorCode.InvalidLocalContext, $"A context must be an object, a string or null, not {JsonModel.Describe(context)}.");
        }

        // Step 5.5.
        if (map.TryGetValue(Keywords.Version, out var version))
        {
            if (version is not double v || v != 1.1)
            {
                _session.Throw(JsonLdErrorCode.InvalidVersionValue, $"@version must be 1.1, not {JsonModel.Describe(version)}.");
            }

            if (result.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.ProcessingModeConflict, "@version 1.1 conflicts with processing mode json-ld-1.0.");
            }
        }

        // Step 5.6.
        if (map.TryGetValue(Keywords.Import, out var import))
        {
            map = Import(result, map, import, baseUrl);
        }

        // Step 5.7.
        if (map.TryGetValue(Keywords.Base, out var baseValue) && remoteContexts.Count == 0)
        {
            SetBase(result, baseValue);
        }

        // Step 5.8.
        if (map.TryGetValue(Keywords.Vocab, out var vocab))
        {
            SetVocab(result, vocab);
        }

        // Step 5.9.
        if (map.TryGetValue(Keywords.Language, out var language))
        {
            if (language is null)
            {
                result.DefaultLanguage = null;
            }
            else if (language is string ls)
            {
                result.DefaultLanguage = ls;
            }
            else
            {
                _session.Throw(JsonLdErrorCode.InvalidDefaultLanguage, $"@language must be a string or null, not {JsonModel.Describe(language)}.");
            }
        }

        // Step 5.10.
        if (map.TryGetValue(Keywords.Direction, out var direction))
        {
            if (result.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidContextEntry, "@direction is not allowed in processing mode json-ld-1.0.");
            }

            if (direction is null)
            {
                result.DefaultDirection = null;
            }
            else if (direction is "ltr" or "rtl")
            {
                result.DefaultDirection = (string)direction;
            }
            else
            {
                _session.Throw(JsonLdErrorCode.InvalidBaseDirection, $"@direction must be \"ltr\", \"rtl\" or null, not {JsonModel.Describe(direction)}.");
            }
        }

        // Step 5.11.
        if (map.TryGetValue(Keywords.Propagate, out var propagateValue))
        {
            if (result.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidContextEntry, "@propagate is not allowed in processing mode json-ld-1.0.");
            }

            if (propagateValue is not bool)
            {
                _session.Throw(JsonLdErrorCode.InvalidPropagateValue, $"@propagate must be true or false, not {JsonModel.Describe(propagateValue)}.");
            }
        }

        bool contextProtected = false;
        if (map.TryGetValue(Keywords.Protected, out var protectedValue))
        {
            if (protectedValue is not bool pv)
            {
                throw _session.Error(JsonLdErrorCode.InvalidProtectedValue, $"@protected must be true or false, not {JsonModel.Describe(protectedValue)}.");
            }

            if (result.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidContextEntry, "@protected is not allowed in processing mode json-ld-1.0.");
            }

            contextProtected = pv;
        }

        // Steps 5.12 and 5.13.
        var scope = new TermDefinitionBuilder(this, result, map, baseUrl, contextProtected, overrideProtected, remoteContexts);
        foreach (var key in map.Keys)
        {
            if (!s_contextKeywords.Contains(key))
            {
                scope.Define(key);
            }
        }

        return result;
    }

    private ActiveContext ProcessRemote(
        ActiveContext result,
        string reference,
        string? baseUrl,
        List<string> remoteContexts,
        bool overrideProtected,
        bool validateScopedContext)
    {
        // Step 5.2.1.
        string iri = IriReference.Resolve(baseUrl, reference);
        if (!IriReference.IsAbsolute(iri))
        {
            _session.Throw(JsonLdErrorCode.LoadingDocumentFailed, $"The context reference \"{reference}\" does not resolve to an IRI.");
        }

        // Step 5.2.2.
        if (!validateScopedContext && remoteContexts.Contains(iri))
        {
            return result;
        }

        // Step 5.2.3.
        if (remoteContexts.Count > MaxRemoteContexts)
        {
            _session.Throw(JsonLdErrorCode.ContextOverflow, $"More than {MaxRemoteContexts} remote contexts were included, the last <{iri}>; is there a loop?");
        }

        remoteContexts.Add(iri);

        // Steps 5.2.4 and 5.2.5.
        var (loaded, documentUrl) = Dereference(iri);

        // Step 5.2.6: errors inside the remote context are reported at the reference to it.
        var trail = _session.Trail;
        trail.Frozen++;
        try
        {
            return Process(result, loaded, documentUrl, [.. remoteContexts], overrideProtected, true, validateScopedContext);
        }
        finally
        {
            trail.Frozen--;
        }
    }

    /// <summary>The <c>@context</c> entry of the document at <paramref name="iri"/>, loaded at most once per call.</summary>
    private (object? Context, string DocumentUrl) Dereference(string iri)
    {
        if (_session.RemoteContexts.TryGetValue(iri, out var cached))
        {
            return cached;
        }

        RemoteDocument document;
        try
        {
            document = _session.Options.Loader.LoadDocument(iri, LoadDocumentOptions.Context);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed, $"The context <{iri}> could not be loaded: {e.Detail}", _session.Trail.ToString(), e);
        }

        if (document.InternalDocument is not JsonMap top || !top.TryGetValue(Keywords.Context, out var loaded))
        {
            throw _session.Error(JsonLdErrorCode.InvalidRemoteContext, $"The document <{iri}> has no top-level @context entry.");
        }

        var entry = (loaded, document.DocumentUrl);
        _session.RemoteContexts[iri] = entry;
        return entry;
    }

    private JsonMap Import(ActiveContext result, JsonMap context, object? import, string? baseUrl)
    {
        // Step 5.6.1.
        if (result.IsJsonLd10)
        {
            _session.Throw(JsonLdErrorCode.InvalidContextEntry, "@import is not allowed in processing mode json-ld-1.0.");
        }

        // Step 5.6.2.
        if (import is not string importReference)
        {
            throw _session.Error(JsonLdErrorCode.InvalidImportValue, $"@import must be a string, not {JsonModel.Describe(import)}.");
        }

        // Steps 5.6.3 to 5.6.5.
        string iri = IriReference.Resolve(baseUrl, importReference);
        RemoteDocument document;
        try
        {
            document = _session.Options.Loader.LoadDocument(iri, LoadDocumentOptions.Context);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed, $"The imported context <{iri}> could not be loaded: {e.Detail}", _session.Trail.ToString(), e);
        }

        // Step 5.6.6.
        if (document.InternalDocument is not JsonMap top || !top.TryGetValue(Keywords.Context, out var loaded) || loaded is not JsonMap importContext)
        {
            throw _session.Error(JsonLdErrorCode.InvalidRemoteContext, $"The imported document <{iri}> has no @context object.");
        }

        // Step 5.6.7.
        if (importContext.ContainsKey(Keywords.Import))
        {
            throw _session.Error(JsonLdErrorCode.InvalidContextEntry, $"The imported context <{iri}> has an @import entry itself.");
        }

        // Step 5.6.8: a new map, as the loaded document is shared.
        var merged = new JsonMap(importContext.Count + context.Count);
        foreach (var (k, v) in importContext)
        {
            merged[k] = v;
        }

        foreach (var (k, v) in context)
        {
            merged[k] = v;
        }

        return merged;
    }

    private void SetBase(ActiveContext result, object? value)
    {
        switch (value)
        {
            case null:
                result.BaseIri = null;
                break;
            case string s when IriReference.IsAbsolute(s):
                result.BaseIri = s;
                break;
            case string s when result.BaseIri is not null:
                result.BaseIri = IriReference.Resolve(result.BaseIri, s);
                break;
            default:
                _session.Throw(JsonLdErrorCode.InvalidBaseIri, $"@base must be an IRI, a relative IRI with a base to resolve against, or null; not {JsonModel.Describe(value)}.");
                break;
        }
    }

    private void SetVocab(ActiveContext result, object? value)
    {
        if (value is null)
        {
            result.Vocab = null;
            return;
        }

        if (value is string s)
        {
            if (result.IsJsonLd10 && !IriReference.IsAbsolute(s))
            {
                _session.Throw(JsonLdErrorCode.InvalidVocabMapping, $"In json-ld-1.0, @vocab must be an absolute IRI, not \"{s}\".");
            }

            var expanded = IriExpansion.Expand(result, s, documentRelative: true, vocab: true);
            if (expanded is not null && (IriReference.IsAbsolute(expanded) || expanded.StartsWith("_:", StringComparison.Ordinal)))
            {
                result.Vocab = expanded;
                return;
            }
        }

        _session.Throw(JsonLdErrorCode.InvalidVocabMapping, $"@vocab must be an IRI, a blank node identifier or null, not {JsonModel.Describe(value)}.");
    }
}
