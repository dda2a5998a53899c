namespace ValueFlows.Rdf;

/// <summary>
/// A quad: a triple and the graph it belongs to. <see cref="Graph"/> is null for the default graph.
/// The subject is an IRI or blank node, the graph name an IRI or blank node.
/// </summary>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Object, Term? Graph)
{
    /// <summary>A quad in the default graph.</summary>
    public Quad(Term subject, Iri predicate, Term @object)
        : this(subject, predicate, @object, null)
    {
    }

    /// <summary>True when the quad is in the default graph.</summary>
    public bool InDefaultGraph => Graph is null;

    /// <summary>The triple part.</summary>
    public Triple Triple => new(Subject, Predicate, Object);

    /// <summary>The same triple in another graph (null for the default graph).</summary>
    public Quad WithGraph(Term? graph) => new(Subject, Predicate, Object, graph);

    /// <summary>The quad in N-Quads syntax, without the final newline.</summary>
    public override string ToString() => Graph is null
        ? $"{Subject} {Predicate} {Object} ."
        : $"{Subject} {Predicate} {Object} {Graph} .";
}

/// <summary>An RDF triple.</summary>
public readonly record struct Triple(Term Subject, Iri Predicate, Term Object)
{
    /// <summary>The triple in a graph (null for the default graph).</summary>
    public Quad InGraph(Term? graph) => new(Subject, Predicate, Object, graph);

    /// <summary>The triple in N-Triples syntax, without the final newline.</summary>
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
