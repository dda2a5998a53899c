using ValueFlows.Rdf;

namespace ValueFlows.Server.Tests;

/// <summary>A few quads in the default graph, one in a named graph and one in the meta graph.</summary>
internal static class SampleData
{
    public const string Ex = "http://example.org/";

    public static Iri Named { get; } = Iri.Create(Ex + "peer");

    public static Iri Meta { get; } = Iri.Create("http://localhost/meta");

    public static List<Quad> Quads() =>
    [
        new(Iri.Create(Ex + "a"), Iri.Create(Ex + "name"), Literal.Create("Alice"), null),
        new(Iri.Create(Ex + "a"), Iri.Create(Ex + "knows"), Iri.Create(Ex + "b"), null),
        new(Iri.Create(Ex + "b"), Iri.Create(Ex + "name"), Literal.Create("Bob", "en"), null),
        new(Iri.Create(Ex + "c"), Iri.Create(Ex + "name"), Literal.Create("Carol"), Named),
        new(Iri.Create(Ex + "peer"), Iri.Create(Ex + "pulledAt"), Literal.Create("today"), Meta),
    ];
}
