using ValueFlows.Rdf;

namespace ValueFlows.Core.Trace;

/// <summary>One node reached by track or trace: the record, its type and how many steps it is from the start.</summary>
/// <param name="Id">The record's IRI.</param>
/// <param name="RecordType"><c>EconomicEvent</c>, <c>EconomicResource</c> or <c>Process</c>.</param>
/// <param name="Depth">Steps from the start (its direct neighbours are 1).</param>
public sealed record TraceStep(Iri Id, string RecordType, int Depth);
