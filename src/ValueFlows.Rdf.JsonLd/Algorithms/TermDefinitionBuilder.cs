using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Create Term Definition algorithm (JSON-LD 1.1 API §4.2.2) for the terms of one local context. The instance holds
/// what the algorithm's recursive calls share: the local context, the <c>defined</c> map that detects cycles, the base
/// URL, the context's <c>@protected</c> default and the remote contexts seen so far. IRI expansion calls back into
/// <see cref="Define"/> for terms that other terms depend on.
/// </summary>
internal sealed class TermDefinitionBuilder
{
    private static readonly HashSet<string> s_termEntries = new(StringComparer.Ordinal)
    {
        Keywords.Id, Keywords.Reverse, Keywords.Container, Keywords.Context, Keywords.Direction, Keywords.Index,
        Keywords.Language, Keywords.Nest, Keywords.Prefix, Keywords.Protected, Keywords.Type,
    };

    private readonly ContextProcessor _processor;
    private readonly ProcessingSession _session;
    private readonly ActiveContext _active;
    private readonly Dictionary<string, bool> _defined = new(StringComparer.Ordinal);
    private readonly string? _baseUrl;
    private readonly bool _protected;
    private readonly bool _overrideProtected;
    private readonly List<string> _remoteContexts;

    public TermDefinitionBuilder(
        ContextProcessor processor,
        ActiveContext activeContext,
        JsonMap localContext,
        string? baseUrl,
        bool isProtected,
        bool overrideProtected,
        List<string> remoteContexts)
    {
        _processor = processor;
        _session = processor.Session;
        _active = activeContext;
        LocalContext = localContext;
        _baseUrl = baseUrl;
        _protected = isProtected;
        _overrideProtected = overrideProtected;
        _remoteContexts = remoteContexts;
    }

    public JsonMap LocalContext { get; }

    /// <summary>True when <paramref name="term"/> is in the local context and not yet (fully) defined.</summary>
    public bool NeedsDefinition(string term) =>
        LocalContext.ContainsKey(term) && !(_defined.TryGetValue(term, out var done) && done);

    /// <summary>Creates the term definition of <paramref name="term"/> from the local context.</summary>
    public void Define(string term)
    {
        var trail = _session.Trail;
        trail.Push(term);
        try
        {
            Create(term);
        }
        finally
        {
            trail.Pop();
        }
    }

    /// <summary>IRI expansion "using local context and defined": terms it depends on are defined first.</summary>
    private string? ExpandIri(string value) => IriExpansion.Expand(_active, value, documentRelative: false, vocab: true, this);

    private void Create(string term)
    {
        // Step 1.
        if (_defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            _session.Throw(JsonLdErrorCode.CyclicIriMapping, $"The definition of \"{term}\" depends on itself.");
        }

        // Step 2.
        if (term.Length == 0)
        {
            _session.Throw(JsonLdErrorCode.InvalidTermDefinition, "The empty string cannot be a term.");
        }

        _defined[term] = false;

        // Step 3.
        var value = LocalContext[term];

        // Step 4.
        if (string.Equals(term, Keywords.Type, StringComparison.Ordinal))
        {
            if (_active.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.KeywordRedefinition, "@type cannot be redefined in processing mode json-ld-1.0.");
            }

            if (value is not JsonMap typeMap || typeMap.Count == 0 || !IsAllowedTypeRedefinition(typeMap))
            {
                _session.Throw(JsonLdErrorCode.KeywordRedefinition, "@type may only be given \"@container\": \"@set\" and @protected.");
            }
        }
        else if (Keywords.IsKeyword(term))
        {
            // Step 5.
            _session.Throw(JsonLdErrorCode.KeywordRedefinition, $"The keyword {term} cannot be redefined.");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            // Reserved for future keywords: ignored.
            return;
        }

        // Step 6.
        var previous = _active.RemoveTerm(term);

        // Steps 7 to 9.
        JsonMap map;
        bool simpleTerm;
        if (value is null)
        {
            map = JsonMap.Of(Keywords.Id, null);
            simpleTerm = false;
        }
        else if (value is string s)
        {
            map = JsonMap.Of(Keywords.Id, s);
            simpleTerm = true;
        }
        else if (value is JsonMap m)
        {
            map = m;
            simpleTerm = false;
        }
        else
        {
            throw _session.Error(JsonLdErrorCode.InvalidTermDefinition, $"A term definition must be a string, an object or null, not {JsonModel.Describe(value)}.");
        }

        // Step 10.
        var definition = new TermDefinition { IsProtected = _protected };

        // Step 11.
        if (map.TryGetValue(Keywords.Protected, out var protectedValue))
        {
            if (protectedValue is not bool pv)
            {
                throw _session.Error(JsonLdErrorCode.InvalidProtectedValue, $"@protected must be true or false, not {JsonModel.Describe(protectedValue)}.");
            }

            if (_active.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, "@protected is not allowed in processing mode json-ld-1.0.");
            }

            definition.IsProtected = pv;
        }

        // Step 12.
        if (map.TryGetValue(Keywords.Type, out var typeValue))
        {
            if (typeValue is not string type)
            {
                throw _session.Error(JsonLdErrorCode.InvalidTypeMapping, $"The @type of a term must be a string, not {JsonModel.Describe(typeValue)}.");
            }

            var expandedType = ExpandIri(type);
            if (expandedType is Keywords.Json or Keywords.None && _active.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidTypeMapping, $"The type {expandedType} is not allowed in processing mode json-ld-1.0.");
            }

            if (expandedType is not (Keywords.Id or Keywords.Json or Keywords.None or Keywords.Vocab)
                && (expandedType is null || !IriReference.IsAbsolute(expandedType) || expandedType.StartsWith("_:", StringComparison.Ordinal)))
            {
                _session.Throw(JsonLdErrorCode.InvalidTypeMapping, $"The type \"{type}\" of a term must expand to an IRI, @id, @json, @none or @vocab.");
            }

            definition.TypeMapping = expandedType;
        }

        if (map.TryGetValue(Keywords.Reverse, out var reverseValue))
        {
            // Step 13. The remaining steps (@index, @context, …) then apply as to other terms: the suite's expand
            // t0131 gives a reverse term a property-valued index.
            if (!DefineReverse(term, map, reverseValue, definition))
            {
                return;
            }
        }
        else
        {
            // Steps 14 to 18.
            if (!SetIriMapping(term, map, simpleTerm, definition))
            {
                return;
            }

            // Step 19.
            if (map.TryGetValue(Keywords.Container, out var containerValue))
            {
                SetContainer(containerValue, definition);
            }
        }

        // Step 20.
        if (map.TryGetValue(Keywords.Index, out var indexValue))
        {
            if (_active.IsJsonLd10 || !definition.Container.HasFlag(ContainerMapping.Index))
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, "@index in a term definition needs an @index container (and json-ld-1.1).");
            }

            if (indexValue is not string index || ExpandIri(index) is not { } expandedIndex
                || Keywords.IsKeyword(expandedIndex) || !IriReference.IsAbsolute(expandedIndex))
            {
                throw _session.Error(JsonLdErrorCode.InvalidTermDefinition, $"@index must be a string that expands to an IRI, not {JsonModel.Describe(indexValue)}.");
            }

            definition.IndexMapping = index;
        }

        // Step 21.
        if (map.TryGetValue(Keywords.Context, out var scopedContext))
        {
            if (_active.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, "Scoped contexts are not allowed in processing mode json-ld-1.0.");
            }

            ValidateScopedContext(term, scopedContext);
            definition.HasLocalContext = true;
            definition.LocalContext = scopedContext;
            definition.BaseUrl = _baseUrl;
        }

        // Step 22.
        if (map.TryGetValue(Keywords.Language, out var languageValue) && !map.ContainsKey(Keywords.Type))
        {
            if (languageValue is not (null or string))
            {
                throw _session.Error(JsonLdErrorCode.InvalidLanguageMapping, $"@language must be a string or null, not {JsonModel.Describe(languageValue)}.");
            }

            definition.HasLanguage = true;
            definition.Language = (string?)languageValue;
        }

        // Step 23.
        if (map.TryGetValue(Keywords.Direction, out var directionValue) && !map.ContainsKey(Keywords.Type))
        {
            if (directionValue is not (null or "ltr" or "rtl"))
            {
                throw _session.Error(JsonLdErrorCode.InvalidBaseDirection, $"@direction must be \"ltr\", \"rtl\" or null, not {JsonModel.Describe(directionValue)}.");
            }

            definition.HasDirection = true;
            definition.Direction = (string?)directionValue;
        }

        // Step 24.
        if (map.TryGetValue(Keywords.Nest, out var nestValue))
        {
            if (_active.IsJsonLd10)
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, "@nest is not allowed in processing mode json-ld-1.0.");
            }

            if (nestValue is not string nest || (Keywords.IsKeyword(nest) && nest != Keywords.Nest))
            {
                throw _session.Error(JsonLdErrorCode.InvalidNestValue, $"@nest must be a term or @nest, not {JsonModel.Describe(nestValue)}.");
            }

            definition.NestValue = nest;
        }

        // Step 25.
        if (map.TryGetValue(Keywords.Prefix, out var prefixValue))
        {
            if (_active.IsJsonLd10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, $"\"{term}\" cannot have @prefix (it holds ':' or '/', or the mode is json-ld-1.0).");
            }

            if (prefixValue is not bool prefix)
            {
                throw _session.Error(JsonLdErrorCode.InvalidPrefixValue, $"@prefix must be true or false, not {JsonModel.Describe(prefixValue)}.");
            }

            definition.IsPrefix = prefix;
            if (prefix && Keywords.IsKeyword(definition.IriMapping))
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, $"\"{term}\" maps to a keyword and cannot be a prefix.");
            }
        }

        // Step 26.
        foreach (var key in map.Keys)
        {
            if (!s_termEntries.Contains(key))
            {
                _session.Throw(JsonLdErrorCode.InvalidTermDefinition, $"A term definition cannot have the entry \"{key}\".");
            }
        }

        Commit(term, definition, previous);
    }

    private static bool IsAllowedTypeRedefinition(JsonMap map)
    {
        foreach (var (key, v) in map)
        {
            if (key == Keywords.Container)
            {
                if (!(v is Keywords.Set || (v is List<object?> { Count: 1 } l && l[0] is Keywords.Set)))
                {
                    return false;
                }
            }
            else if (key != Keywords.Protected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Steps 27 and 28: protected terms keep their definition unless it is redefined identically.</summary>
    private void Commit(string term, TermDefinition definition, TermDefinition? previous)
    {
        if (!_overrideProtected && previous is { IsProtected: true })
        {
            if (!definition.SameAsIgnoringProtection(previous))
            {
                _session.Throw(JsonLdErrorCode.ProtectedTermRedefinition, $"The protected term \"{term}\" cannot be redefined.");
            }

            definition = previous;
        }

        _active.SetTerm(term, definition);
        _defined[term] = true;
    }

    /// <summary>Steps 13.1 to 13.6; false when the term is to be ignored (a reverse IRI that looks like a keyword).</summary>
    private bool DefineReverse(string term, JsonMap map, object? reverseValue, TermDefinition definition)
    {
        // Step 13.1.
        if (map.ContainsKey(Keywords.Id) || map.ContainsKey(Keywords.Nest))
        {
            _session.Throw(JsonLdErrorCode.InvalidReverseProperty, $"The reverse property \"{term}\" cannot have @id or @nest.");
        }

        // Step 13.2.
        if (reverseValue is not string reverse)
        {
            throw _session.Error(JsonLdErrorCode.InvalidIriMapping, $"@reverse must be a string, not {JsonModel.Describe(reverseValue)}.");
        }

        // Step 13.3.
        if (Keywords.HasKeywordForm(reverse))
        {
            return false;
        }

        // Step 13.4.
        var iri = ExpandIri(reverse);
        if (iri is null || !IriReference.IsAbsolute(iri))
        {
            throw _session.Error(JsonLdErrorCode.InvalidIriMapping, $"@reverse \"{reverse}\" does not expand to an IRI or blank node identifier.");
        }

        definition.IriMapping = iri;

        // Step 13.5.
        if (map.TryGetValue(Keywords.Container, out var container))
        {
            definition.Container = container switch
            {
                Keywords.Set => ContainerMapping.Set,
                Keywords.Index => ContainerMapping.Index,
                null => ContainerMapping.None,
                _ => throw _session.Error(JsonLdErrorCode.InvalidReverseProperty, "A reverse property's container can only be @set, @index or null."),
            };
        }

        // Step 13.6.
        definition.IsReverseProperty = true;
        return true;
    }

    /// <summary>Steps 14 to 18; false when the term is to be ignored (an <c>@id</c> that looks like a keyword).</summary>
    private bool SetIriMapping(string term, JsonMap map, bool simpleTerm, TermDefinition definition)
    {
        int colon = term.Length > 1 ? term.IndexOf(':', 1) : -1;
        if (map.TryGetValue(Keywords.Id, out var idValue) && !(idValue is string same && same == term))
        {
            // Step 14.1: a null @id keeps the term defined, mapped to nothing.
            if (idValue is null)
            {
                return true;
            }

            // Step 14.2.1.
            if (idValue is not string id)
            {
                throw _session.Error(JsonLdErrorCode.InvalidIriMapping, $"@id must be a string or null, not {JsonModel.Describe(idValue)}.");
            }

            // Step 14.2.2.
            if (!Keywords.IsKeyword(id) && Keywords.HasKeywordForm(id))
            {
                return false;
            }

            // Step 14.2.3.
            var iri = ExpandIri(id);
            if (iri is null || !(Keywords.IsKeyword(iri) || IriReference.IsAbsolute(iri)))
            {
                throw _session.Error(JsonLdErrorCode.InvalidIriMapping, $"\"{id}\" does not expand to an IRI, a blank node identifier or a keyword.");
            }

            if (iri == Keywords.Context)
            {
                _session.Throw(JsonLdErrorCode.InvalidKeywordAlias, "@context cannot be aliased.");
            }

            definition.IriMapping = iri;

            // Step 14.2.4.
            int innerColon = term.Length > 1 ? term.IndexOf(':', 1) : -1;
            bool colonInside = innerColon > 0 && innerColon < term.Length - 1;
            if (colonInside || term.Contains('/', StringComparison.Ordinal))
            {
                _defined[term] = true;
                var termIri = ExpandIri(term);
                if (!string.Equals(termIri, iri, StringComparison.Ordinal))
                {
                    _session.Throw(JsonLdErrorCode.InvalidIriMapping, $"The term \"{term}\" looks like an IRI, and it expands to <{termIri}>, not to its @id <{iri}>.");
                }
            }

            // Step 14.2.5.
            if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                && (iri.StartsWith("_:", StringComparison.Ordinal) || (iri.Length > 0 && IsGenDelim(iri[^1]))))
            {
                definition.IsPrefix = true;
            }
        }
        else if (colon > 0)
        {
            // Step 15.
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];
            bool compactIri = prefix != "_" && !suffix.StartsWith("//", StringComparison.Ordinal);
            if (compactIri && LocalContext.ContainsKey(prefix))
            {
                Define(prefix);
            }

            if (compactIri && _active.GetTerm(prefix) is { IriMapping: { } prefixIri })
            {
                definition.IriMapping = prefixIri + suffix;
            }
            else
            {
                definition.IriMapping = term;
            }
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            // Step 16: expanded without the local context, so the term does not depend on itself.
            var iri = IriExpansion.Expand(_active, term, vocab: true);
            if (iri is null || !IriReference.IsAbsolute(iri))
            {
                throw _session.Error(JsonLdErrorCode.InvalidIriMapping, $"The relative IRI \"{term}\" does not expand to an IRI.");
            }

            definition.IriMapping = iri;
        }
        else if (term == Keywords.Type)
        {
            // Step 17.
            definition.IriMapping = Keywords.Type;
        }
        else if (_active.Vocab is not null)
        {
            // Step 18.
            definition.IriMapping = _active.Vocab + term;
        }
        else
        {
            throw _session.Error(JsonLdErrorCode.InvalidIriMapping, $"The term \"{term}\" has no @id and there is no @vocab to derive one from.");
        }

        return true;
    }

    private static bool IsGenDelim(char c) => c is ':' or '/' or '?' or '#' or '[' or ']' or '@';

    private void SetContainer(object? value, TermDefinition definition)
    {
        // Step 19.1.
        var mapping = ContainerMapping.None;
        bool valid = true;
        if (value is string s)
        {
            valid = ContainerMappings.TryParse(s, out mapping);
        }
        else if (value is List<object?> list)
        {
            foreach (var item in list)
            {
                if (item is not string k || !ContainerMappings.TryParse(k, out var flag))
                {
                    valid = false;
                    break;
                }

                mapping |= flag;
            }

            valid = valid && IsValidCombination(mapping);
        }
        else
        {
            valid = false;
        }

        if (!valid)
        {
            _session.Throw(JsonLdErrorCode.InvalidContainerMapping, $"{JsonModel.Describe(value)} is not a valid @container.");
        }

        // Step 19.2.
        if (_active.IsJsonLd10 && (value is not string || mapping is ContainerMapping.Graph or ContainerMapping.Id or ContainerMapping.Type))
        {
            _session.Throw(JsonLdErrorCode.InvalidContainerMapping, $"The container {JsonModel.Describe(value)} is not allowed in processing mode json-ld-1.0.");
        }

        // Step 19.3.
        definition.Container = mapping;

        // Step 19.4.
        if (mapping.HasFlag(ContainerMapping.Type))
        {
            definition.TypeMapping ??= Keywords.Id;
            if (definition.TypeMapping is not (Keywords.Id or Keywords.Vocab))
            {
                _session.Throw(JsonLdErrorCode.InvalidTypeMapping, "A type map's terms must have @type @id or @vocab.");
            }
        }
    }

    private static bool IsValidCombination(ContainerMapping mapping)
    {
        var withoutSet = mapping & ~ContainerMapping.Set;
        if (withoutSet == ContainerMapping.None)
        {
            // Only @set (or nothing).
            return true;
        }

        // One keyword, alone or with @set; @list never with anything.
        if ((withoutSet & (withoutSet - 1)) == 0)
        {
            return withoutSet != ContainerMapping.List || mapping == ContainerMapping.List;
        }

        // @graph with one of @id or @index, optionally @set.
        return withoutSet is (ContainerMapping.Graph | ContainerMapping.Id) or (ContainerMapping.Graph | ContainerMapping.Index);
    }

    private void ValidateScopedContext(string term, object? scopedContext)
    {
        try
        {
            _processor.Process(_active, scopedContext, _baseUrl, [.. _remoteContexts], overrideProtected: true, validateScopedContext: false);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidScopedContext, $"The scoped context of \"{term}\" is invalid: {e.Message}", _session.Trail.ToString(), e);
        }
    }
}
