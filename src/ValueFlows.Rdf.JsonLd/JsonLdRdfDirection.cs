namespace ValueFlows.Rdf.JsonLd;

/// <summary>How base directions (<c>@direction</c>) of strings are carried to and from RDF.</summary>
public enum JsonLdRdfDirection
{
    /// <summary>As a datatype <c>https://www.w3.org/ns/i18n#{language}_{direction}</c>.</summary>
    I18nDatatype,

    /// <summary>As a blank node with <c>rdf:value</c>, <c>rdf:language</c> and <c>rdf:direction</c>.</summary>
    CompoundLiteral,
}
