namespace ValueFlows.Sparql.Evaluation;

/// <summary>Limits of one query evaluation.</summary>
public sealed record SparqlEvaluationOptions
{
    /// <summary>No limits.</summary>
    public static SparqlEvaluationOptions Default { get; } = new();

    /// <summary>
    /// The longest a query may run, from <see cref="SparqlEvaluator.Evaluate(SparqlQuery, IQueryableDataset, SparqlEvaluationOptions, CancellationToken)"/>
    /// until its results are enumerated; past it the evaluation throws <see cref="SparqlTimeoutException"/>. Null: no limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }
}
