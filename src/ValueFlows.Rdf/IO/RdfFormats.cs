namespace ValueFlows.Rdf;

/// <summary>The RDF formats this assembly reads and writes.</summary>
public static class RdfFormats
{
    /// <summary>N-Triples (<c>application/n-triples</c>, <c>.nt</c>).</summary>
    public static RdfFormat NTriples { get; } = new(
        "ntriples", ["nt"], ["application/n-triples", "text/plain"], ["nt"], supportsNamedGraphs: false,
        (s, o) => new NTriplesReader(s, o), (s, o) => new NTriplesWriter(s, o));

    /// <summary>N-Quads (<c>application/n-quads</c>, <c>.nq</c>).</summary>
    public static RdfFormat NQuads { get; } = new(
        "nquads", ["nq"], ["application/n-quads"], ["nq"], supportsNamedGraphs: true,
        (s, o) => new NQuadsReader(s, o), (s, o) => new NQuadsWriter(s, o));

    /// <summary>Turtle (<c>text/turtle</c>, <c>.ttl</c>).</summary>
    public static RdfFormat Turtle { get; } = new(
        "turtle", ["ttl"], ["text/turtle", "application/x-turtle"], ["ttl"], supportsNamedGraphs: false,
        (s, o) => new TurtleReader(s, o), (s, o) => new TurtleWriter(s, o));

    /// <summary>TriG (<c>application/trig</c>, <c>.trig</c>).</summary>
    public static RdfFormat TriG { get; } = new(
        "trig", [], ["application/trig"], ["trig"], supportsNamedGraphs: true,
        (s, o) => new TriGReader(s, o), (s, o) => new TriGWriter(s, o));

    /// <summary>RDF/XML (<c>application/rdf+xml</c>, <c>.rdf</c>, <c>.owl</c>).</summary>
    public static RdfFormat RdfXml { get; } = new(
        "rdfxml", ["rdf"], ["application/rdf+xml"], ["rdf", "owl"], supportsNamedGraphs: false,
        (s, o) => new RdfXmlReader(s, o), (s, o) => new RdfXmlWriter(s, o));

    /// <summary>Every format of this assembly.</summary>
    public static IReadOnlyList<RdfFormat> BuiltIn { get; } = [NTriples, NQuads, Turtle, TriG, RdfXml];
}
