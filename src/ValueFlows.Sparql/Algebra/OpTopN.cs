namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>Slice(OrderBy(pattern, conditions), 0, limit)</c> as one operator, kept by a bounded heap instead of a full sort
/// (Jena ARQ's <c>OpTopN</c>, written <c>(top (limit conditions...) pattern)</c>); made by the optimizer, never by the
/// parser (<see href="https://www.w3.org/TR/sparql11-query/#defn_algOrdered"/>, <see href="https://www.w3.org/TR/sparql11-query/#defn_algSlice"/>).
/// Ties keep the order of the input, as the stable sort of <see cref="OpOrderBy"/> does.
/// </summary>
/// <param name="Input">The ordered pattern.</param>
/// <param name="Limit">The number of first solutions kept.</param>
/// <param name="Conditions">The sort keys, most significant first.</param>
public sealed record OpTopN(Op Input, long Limit, ValueArray<OrderCondition> Conditions) : Op;
