namespace ValueFlows.Rdf.JsonLd;

/// <summary>The error codes of the JSON-LD 1.1 API (§9.6.2); <see cref="JsonLdException.Code"/> gives the spec's text.</summary>
public enum JsonLdErrorCode
{
    /// <summary><c>colliding keywords</c>.</summary>
    CollidingKeywords,

    /// <summary><c>conflicting indexes</c>.</summary>
    ConflictingIndexes,

    /// <summary><c>context overflow</c>.</summary>
    ContextOverflow,

    /// <summary><c>cyclic IRI mapping</c>.</summary>
    CyclicIriMapping,

    /// <summary><c>invalid @id value</c>.</summary>
    InvalidIdValue,

    /// <summary><c>invalid @import value</c>.</summary>
    InvalidImportValue,

    /// <summary><c>invalid @included value</c>.</summary>
    InvalidIncludedValue,

    /// <summary><c>invalid @index value</c>.</summary>
    InvalidIndexValue,

    /// <summary><c>invalid @nest value</c>.</summary>
    InvalidNestValue,

    /// <summary><c>invalid @prefix value</c>.</summary>
    InvalidPrefixValue,

    /// <summary><c>invalid @propagate value</c>.</summary>
    InvalidPropagateValue,

    /// <summary><c>invalid @protected value</c>.</summary>
    InvalidProtectedValue,

    /// <summary><c>invalid @reverse value</c>.</summary>
    InvalidReverseValue,

    /// <summary><c>invalid @version value</c>.</summary>
    InvalidVersionValue,

    /// <summary><c>invalid base direction</c>.</summary>
    InvalidBaseDirection,

    /// <summary><c>invalid base IRI</c>.</summary>
    InvalidBaseIri,

    /// <summary><c>invalid container mapping</c>.</summary>
    InvalidContainerMapping,

    /// <summary><c>invalid context entry</c>.</summary>
    InvalidContextEntry,

    /// <summary><c>invalid context nullification</c>.</summary>
    InvalidContextNullification,

    /// <summary><c>invalid default language</c>.</summary>
    InvalidDefaultLanguage,

    /// <summary><c>invalid IRI mapping</c>.</summary>
    InvalidIriMapping,

    /// <summary><c>invalid JSON literal</c>.</summary>
    InvalidJsonLiteral,

    /// <summary><c>invalid keyword alias</c>.</summary>
    InvalidKeywordAlias,

    /// <summary><c>invalid language map value</c>.</summary>
    InvalidLanguageMapValue,

    /// <summary><c>invalid language mapping</c>.</summary>
    InvalidLanguageMapping,

    /// <summary><c>invalid language-tagged string</c>.</summary>
    InvalidLanguageTaggedString,

    /// <summary><c>invalid language-tagged value</c>.</summary>
    InvalidLanguageTaggedValue,

    /// <summary><c>invalid local context</c>.</summary>
    InvalidLocalContext,

    /// <summary><c>invalid remote context</c>.</summary>
    InvalidRemoteContext,

    /// <summary><c>invalid reverse property map</c>.</summary>
    InvalidReversePropertyMap,

    /// <summary><c>invalid reverse property value</c>.</summary>
    InvalidReversePropertyValue,

    /// <summary><c>invalid reverse property</c>.</summary>
    InvalidReverseProperty,

    /// <summary><c>invalid scoped context</c>.</summary>
    InvalidScopedContext,

    /// <summary><c>invalid script element</c>.</summary>
    InvalidScriptElement,

    /// <summary><c>invalid set or list object</c>.</summary>
    InvalidSetOrListObject,

    /// <summary><c>invalid term definition</c>.</summary>
    InvalidTermDefinition,

    /// <summary><c>invalid type mapping</c>.</summary>
    InvalidTypeMapping,

    /// <summary><c>invalid type value</c>.</summary>
    InvalidTypeValue,

    /// <summary><c>invalid typed value</c>.</summary>
    InvalidTypedValue,

    /// <summary><c>invalid value object value</c>.</summary>
    InvalidValueObjectValue,

    /// <summary><c>invalid value object</c>.</summary>
    InvalidValueObject,

    /// <summary><c>invalid vocab mapping</c>.</summary>
    InvalidVocabMapping,

    /// <summary><c>IRI confused with prefix</c>.</summary>
    IriConfusedWithPrefix,

    /// <summary><c>keyword redefinition</c>.</summary>
    KeywordRedefinition,

    /// <summary><c>loading document failed</c>.</summary>
    LoadingDocumentFailed,

    /// <summary><c>loading remote context failed</c>.</summary>
    LoadingRemoteContextFailed,

    /// <summary><c>multiple context link headers</c>.</summary>
    MultipleContextLinkHeaders,

    /// <summary><c>processing mode conflict</c>.</summary>
    ProcessingModeConflict,

    /// <summary><c>protected term redefinition</c>.</summary>
    ProtectedTermRedefinition,
}
