namespace ValueFlows.Sparql.Algebra;

/// <summary>The set functions of SPARQL (<see href="https://www.w3.org/TR/sparql11-query/#setFunctions"/>).</summary>
public enum AggregateFunction
{
    /// <summary><c>COUNT</c>.</summary>
    Count,

    /// <summary><c>SUM</c>.</summary>
    Sum,

    /// <summary><c>MIN</c>.</summary>
    Min,

    /// <summary><c>MAX</c>.</summary>
    Max,

    /// <summary><c>AVG</c>.</summary>
    Avg,

    /// <summary><c>SAMPLE</c>.</summary>
    Sample,

    /// <summary><c>GROUP_CONCAT</c>.</summary>
    GroupConcat,
}

/// <summary>
/// One aggregate of a group (<see href="https://www.w3.org/TR/sparql11-query/#defn_algAggregation"/>).
/// </summary>
/// <param name="Function">The set function.</param>
/// <param name="Distinct">True for <c>DISTINCT</c> arguments.</param>
/// <param name="Argument">The argument, or null for <c>COUNT(*)</c>.</param>
/// <param name="Separator">The <c>GROUP_CONCAT</c> separator, or null for the default single space.</param>
public sealed record Aggregate(AggregateFunction Function, bool Distinct, Expression? Argument, string? Separator = null)
{
    /// <summary>The aggregate as SSE, e.g. <c>(count distinct ?x)</c>.</summary>
    public string ToSse() => SseWriter.Write(this);

    /// <summary>The aggregate as SSE.</summary>
    public override string ToString() => ToSse();
}

/// <summary>An aggregate bound to the variable that carries its value out of the group.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Aggregate">The aggregate.</param>
public sealed record AggregateBinding(Variable Variable, Aggregate Aggregate);

/// <summary>One key of <c>ORDER BY</c> (<see href="https://www.w3.org/TR/sparql11-query/#modOrderBy"/>).</summary>
/// <param name="Expression">The sort key.</param>
/// <param name="Descending">True for <c>DESC(...)</c>.</param>
public sealed record OrderCondition(Expression Expression, bool Descending);
