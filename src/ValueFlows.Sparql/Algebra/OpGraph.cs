namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Graph(name, pattern)</c>, from <c>GRAPH</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_evalGraph"/>).</summary>
/// <param name="Name">The graph IRI or a variable.</param>
/// <param name="Input">The pattern matched in that graph.</param>
public sealed record OpGraph(TermPattern Name, Op Input) : Op;
