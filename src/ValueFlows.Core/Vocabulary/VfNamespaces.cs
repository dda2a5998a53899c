namespace ValueFlows.Core.Vocabulary;

/// <summary>The namespaces VF data is written in (ARCHITECTURE.md "VF versions and namespaces").</summary>
public static class VfNamespaces
{
    /// <summary>VF 1.0, the namespace of every term that exists in <c>vf.ttl</c>.</summary>
    public const string Vf = "https://w3id.org/valueflows/ont/vf#";

    /// <summary>The earlier VF ontology's namespace, kept for terms VF 1.0 dropped (Fulfillment, Scenario, ...).</summary>
    public const string VfEarlier = "https://w3id.org/valueflows#";

    /// <summary>Our own terms (revision bookkeeping, derived-record links): one fixed namespace, never the server's base IRI.</summary>
    public const string Server = "https://w3id.org/valueflows-server/ns#";

    /// <summary>The fixed IRI of the JSON-LD context we publish (DECISIONS 26), also served at <c>/ns/vf.jsonld</c>.</summary>
    public const string ContextIri = "https://w3id.org/valueflows-server/ns/vf.jsonld";

    /// <summary>Ontology of units of Measure 2.0.</summary>
    public const string Om2 = "http://www.ontology-of-units-of-measure.org/resource/om-2/";

    /// <summary>FOAF, for names of agents read from other data.</summary>
    public const string Foaf = "http://xmlns.com/foaf/0.1/";

    /// <summary>W3C Basic Geo, for the coordinates of a <c>vf:SpatialThing</c>.</summary>
    public const string Geo = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    /// <summary>DCMI terms.</summary>
    public const string DcTerms = "http://purl.org/dc/terms/";
}
