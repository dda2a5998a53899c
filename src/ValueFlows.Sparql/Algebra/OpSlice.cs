namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>Slice(pattern, start, length)</c>, from <c>OFFSET</c>/<c>LIMIT</c> (<see
/// href="https://www.w3.org/TR/sparql11-query/#defn_algSlice"/>).
/// </summary>
/// <param name="Input">The sliced pattern.</param>
/// <param name="Start">Solutions skipped (<c>OFFSET</c>, 0 if absent).</param>
/// <param name="Length">Solutions kept (<c>LIMIT</c>), or null for all.</param>
public sealed record OpSlice(Op Input, long Start, long? Length) : Op;
