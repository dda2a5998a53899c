namespace ValueFlows.Rdf.JsonLd;

/// <summary>The JSON-LD processing mode.</summary>
public enum JsonLdProcessingMode
{
    /// <summary><c>json-ld-1.1</c>, the default.</summary>
    JsonLd11,

    /// <summary><c>json-ld-1.0</c>: 1.1 features are errors.</summary>
    JsonLd10,
}
