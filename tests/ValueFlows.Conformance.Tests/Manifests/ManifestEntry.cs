using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>One test of a manifest: its node in the manifest graph and the common properties.</summary>
public sealed class ManifestEntry
{
    internal ManifestEntry(Manifest manifest, Term node)
    {
        Manifest = manifest;
        Node = node;
    }

    /// <summary>The manifest that lists the entry.</summary>
    public Manifest Manifest { get; }

    /// <summary>The entry's node (the test IRI).</summary>
    public Term Node { get; }

    /// <summary>The test IRI as published.</summary>
    public string Iri => Node is Iri iri ? iri.Value : Node.ToString();

    /// <summary>The test's rdf:type (full IRI); tests with several types are not used by the suites.</summary>
    public string Type => (Object(RdfVocabulary.Type) as Iri)?.Value
        ?? throw new InvalidDataException($"The test <{Iri}> has no rdf:type.");

    /// <summary>The local name of <see cref="Type"/> (after the last '#' or '/'), e.g. <c>TestTurtleEval</c>.</summary>
    public string TypeName => Type[(Type.LastIndexOfAny(['#', '/']) + 1)..];

    /// <summary>mf:name, or null.</summary>
    public string? Name => (Object(TestVocabulary.Name) as Literal)?.Value;

    /// <summary>rdfs:comment, or null.</summary>
    public string? Comment => (Object(TestVocabulary.Comment) as Literal)?.Value;

    /// <summary>mf:action (a file IRI for the syntax suites, a node for SPARQL), or null.</summary>
    public Term? Action => Object(TestVocabulary.Action);

    /// <summary>mf:result, or null.</summary>
    public Term? Result => Object(TestVocabulary.Result);

    /// <summary>The single value of <paramref name="predicate"/> on this entry, or null.</summary>
    public Term? Object(Iri predicate) => Manifest.Objects(Node, predicate).FirstOrDefault();

    /// <inheritdoc />
    public override string ToString() => Iri;
}
