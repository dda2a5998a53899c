namespace ValueFlows.Rdf.JsonLd;

/// <summary>The spec's text for each <see cref="JsonLdErrorCode"/>.</summary>
internal static class JsonLdErrorCodeText
{
    public static string ToSpecText(this JsonLdErrorCode code) => code switch
    {
        JsonLdErrorCode.CollidingKeywords => "colliding keywords",
        JsonLdErrorCode.ConflictingIndexes => "conflicting indexes",
        JsonLdErrorCode.ContextOverflow => "context overflow",
        JsonLdErrorCode.CyclicIriMapping => "cyclic IRI mapping",
        JsonLdErrorCode.InvalidIdValue => "invalid @id value",
        JsonLdErrorCode.InvalidImportValue => "invalid @import value",
        JsonLdErrorCode.InvalidIncludedValue => "invalid @included value",
        JsonLdErrorCode.InvalidIndexValue => "invalid @index value",
        JsonLdErrorCode.InvalidNestValue => "invalid @nest value",
        JsonLdErrorCode.InvalidPrefixValue => "invalid @prefix value",
        JsonLdErrorCode.InvalidPropagateValue => "invalid @propagate value",
        JsonLdErrorCode.InvalidProtectedValue => "invalid @protected value",
        JsonLdErrorCode.InvalidReverseValue => "invalid @reverse value",
        JsonLdErrorCode.InvalidVersionValue => "invalid @version value",
        JsonLdErrorCode.InvalidBaseDirection => "invalid base direction",
        JsonLdErrorCode.InvalidBaseIri => "invalid base IRI",
        JsonLdErrorCode.InvalidContainerMapping => "invalid container mapping",
        JsonLdErrorCode.InvalidContextEntry => "invalid context entry",
        JsonLdErrorCode.InvalidContextNullification => "invalid context nullification",
        JsonLdErrorCode.InvalidDefaultLanguage => "invalid default language",
        JsonLdErrorCode.InvalidIriMapping => "invalid IRI mapping",
        JsonLdErrorCode.InvalidJsonLiteral => "invalid JSON literal",
        JsonLdErrorCode.InvalidKeywordAlias => "invalid keyword alias",
        JsonLdErrorCode.InvalidLanguageMapValue => "invalid language map value",
        JsonLdErrorCode.InvalidLanguageMapping => "invalid language mapping",
        JsonLdErrorCode.InvalidLanguageTaggedString => "invalid language-tagged string",
        JsonLdErrorCode.InvalidLanguageTaggedValue => "invalid language-tagged value",
        JsonLdErrorCode.InvalidLocalContext => "invalid local context",
        JsonLdErrorCode.InvalidRemoteContext => "invalid remote context",
        JsonLdErrorCode.InvalidReversePropertyMap => "invalid reverse property map",
        JsonLdErrorCode.InvalidReversePropertyValue => "invalid reverse property value",
        JsonLdErrorCode.InvalidReverseProperty => "invalid reverse property",
        JsonLdErrorCode.InvalidScopedContext => "invalid scoped context",
        JsonLdErrorCode.InvalidScriptElement => "invalid script element",
        JsonLdErrorCode.InvalidSetOrListObject => "invalid set or list object",
        JsonLdErrorCode.InvalidTermDefinition => "invalid term definition",
        JsonLdErrorCode.InvalidTypeMapping => "invalid type mapping",
        JsonLdErrorCode.InvalidTypeValue => "invalid type value",
        JsonLdErrorCode.InvalidTypedValue => "invalid typed value",
        JsonLdErrorCode.InvalidValueObjectValue => "invalid value object value",
        JsonLdErrorCode.InvalidValueObject => "invalid value object",
        JsonLdErrorCode.InvalidVocabMapping => "invalid vocab mapping",
        JsonLdErrorCode.IriConfusedWithPrefix => "IRI confused with prefix",
        JsonLdErrorCode.KeywordRedefinition => "keyword redefinition",
        JsonLdErrorCode.LoadingDocumentFailed => "loading document failed",
        JsonLdErrorCode.LoadingRemoteContextFailed => "loading remote context failed",
        JsonLdErrorCode.MultipleContextLinkHeaders => "multiple context link headers",
        JsonLdErrorCode.ProcessingModeConflict => "processing mode conflict",
        JsonLdErrorCode.ProtectedTermRedefinition => "protected term redefinition",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    /// <summary>The code for the spec's text, or false when the text names no code.</summary>
    public static bool TryParse(string text, out JsonLdErrorCode code)
    {
        foreach (var c in Enum.GetValues<JsonLdErrorCode>())
        {
            if (string.Equals(c.ToSpecText(), text, StringComparison.Ordinal))
            {
                code = c;
                return true;
            }
        }

        code = default;
        return false;
    }
}
