namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Which quads a scan returns. Each of <see cref="Subject"/>, <see cref="Predicate"/> and <see cref="Object"/> is a term id
/// or <see cref="TermId.Any"/> (unbound). <see cref="Graph"/> selects the graph: <see cref="TermId.DefaultGraph"/> the
/// default graph, a term id that named graph, <see cref="TermId.Any"/> every named graph (SPARQL's <c>GRAPH ?g</c>: the
/// default graph is not included). Repeated variables (<c>?x ?p ?x</c>) are the evaluator's to check.
/// </summary>
public readonly record struct QuadPattern(TermId Subject, TermId Predicate, TermId Object, TermId Graph)
{
    /// <summary>A pattern over the default graph.</summary>
    public static QuadPattern InDefaultGraph(TermId subject, TermId predicate, TermId @object) =>
        new(subject, predicate, @object, TermId.DefaultGraph);

    /// <summary>True when <paramref name="quad"/> matches.</summary>
    public bool Matches(in EncodedQuad quad) =>
        (Subject.IsAny || Subject == quad.Subject)
        && (Predicate.IsAny || Predicate == quad.Predicate)
        && (Object.IsAny || Object == quad.Object)
        && (Graph.IsAny ? quad.Graph != TermId.DefaultGraph : Graph == quad.Graph);
}
