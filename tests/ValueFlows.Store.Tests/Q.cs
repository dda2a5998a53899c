using ValueFlows.Rdf;

namespace ValueFlows.Store.Tests;

/// <summary>Short constructors for test quads.</summary>
internal static class Q
{
    public static Iri I(string local) => Iri.CreateUnchecked("http://example.org/" + local);

    public static Quad T(string s, string p, string o) => new(I(s), I(p), I(o));

    public static Quad T(string s, string p, Literal o) => new(I(s), I(p), o);

    public static Quad G(string s, string p, string o, string g) => new(I(s), I(p), I(o), I(g));

    public static QuadStoreOptions Quiet(List<string>? warnings = null) => new() { Warning = w => warnings?.Add(w) };
}
