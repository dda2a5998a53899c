using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>The terms of the W3C test manifest vocabularies (mf:, rdft:, rdfs:).</summary>
public static class TestVocabulary
{
    /// <summary>The test-manifest namespace (mf:).</summary>
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    /// <summary>The RDF test namespace (rdft:).</summary>
    public const string Rdft = "http://www.w3.org/ns/rdftest#";

    /// <summary>mf:entries.</summary>
    public static readonly Iri Entries = Iri.Create(Mf + "entries");

    /// <summary>mf:include.</summary>
    public static readonly Iri Include = Iri.Create(Mf + "include");

    /// <summary>mf:name.</summary>
    public static readonly Iri Name = Iri.Create(Mf + "name");

    /// <summary>mf:action.</summary>
    public static readonly Iri Action = Iri.Create(Mf + "action");

    /// <summary>mf:result.</summary>
    public static readonly Iri Result = Iri.Create(Mf + "result");

    /// <summary>rdfs:comment.</summary>
    public static readonly Iri Comment = Iri.Create("http://www.w3.org/2000/01/rdf-schema#comment");
}
