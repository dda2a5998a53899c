using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql;

/// <summary>
/// The RDF dataset named by <c>FROM</c> and <c>FROM NAMED</c> (<see href="https://www.w3.org/TR/sparql11-query/#specifyingDataset"/>).
/// </summary>
/// <param name="DefaultGraphs">The graphs merged into the default graph.</param>
/// <param name="NamedGraphs">The named graphs.</param>
public sealed record QueryDataset(ValueArray<Iri> DefaultGraphs, ValueArray<Iri> NamedGraphs);
