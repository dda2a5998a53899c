namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// <c>Group</c> with its <c>Aggregation</c>s and <c>AggregateJoin</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algGroup"/>):
/// the solutions of <paramref name="Input"/> grouped by the key variables (no keys: one group of all solutions),
/// each group giving one solution with the keys and the aggregate variables. Key expressions of <c>GROUP BY</c>
/// are bound to variables by an <see cref="OpExtend"/> below the group.
/// </summary>
/// <param name="Input">The grouped pattern.</param>
/// <param name="Keys">The grouping variables.</param>
/// <param name="Aggregates">The aggregates computed per group.</param>
public sealed record OpGroup(Op Input, ValueArray<Variable> Keys, ValueArray<AggregateBinding> Aggregates) : Op;
