namespace ValueFlows.Rdf;

/// <summary>The RDF formats this assembly reads and writes.</summary>
public static class RdfFormats
{
    /// <summary>Every format of this assembly.</summary>
    public static IReadOnlyList<RdfFormat> BuiltIn { get; } = [];
}
