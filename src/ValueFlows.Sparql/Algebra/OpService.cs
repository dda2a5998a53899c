namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>Service(endpoint, pattern, silent)</c> (<see href="https://www.w3.org/TR/sparql11-federated-query/#defn_evalService"/>).
/// </summary>
/// <param name="Endpoint">The service IRI or a variable.</param>
/// <param name="Input">The pattern sent to the service.</param>
/// <param name="Silent">True for <c>SERVICE SILENT</c>: a failing service yields one empty solution.</param>
public sealed record OpService(TermPattern Endpoint, Op Input, bool Silent) : Op;
