namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>The W3C SPARQL suites, published under <c>https://w3c.github.io/rdf-tests/sparql/</c>.</summary>
public static class SparqlSuites
{
    /// <summary>The SPARQL 1.0 syntax tests (<c>syntax-sparql1</c> … <c>syntax-sparql5</c>).</summary>
    public static ManifestSuite Syntax10 { get; } =
        new("SPARQL 1.0 syntax", "w3c-rdf-tests-sparql/sparql10/manifest-syntax.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql10/");

    /// <summary>The SPARQL 1.1 query tests (syntax and evaluation; the syntax runner takes the syntax entries).</summary>
    public static ManifestSuite Query11 { get; } =
        new("SPARQL 1.1 query", "w3c-rdf-tests-sparql/sparql11/manifest-sparql11-query.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql11/");

    /// <summary>The SPARQL 1.1 federation tests (the syntax runner takes the SERVICE syntax entries).</summary>
    public static ManifestSuite Federation11 { get; } =
        new("SPARQL 1.1 federation", "w3c-rdf-tests-sparql/sparql11/manifest-sparql11-fed.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql11/");

    /// <summary>The SPARQL 1.1 update tests (the syntax runner takes the update syntax entries).</summary>
    public static ManifestSuite Update11 { get; } =
        new("SPARQL 1.1 update", "w3c-rdf-tests-sparql/sparql11/manifest-sparql11-update.ttl", "https://w3c.github.io/rdf-tests/sparql/sparql11/");
}
