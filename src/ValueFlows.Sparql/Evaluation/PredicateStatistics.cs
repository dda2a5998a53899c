namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// What an optimizer knows about one predicate in a graph selection: how many quads use it (exact) and how many
/// distinct subjects and objects they have (estimates, exact right after a store's base is rebuilt).
/// </summary>
public readonly record struct PredicateStatistics(long Count, long DistinctSubjects, long DistinctObjects)
{
    /// <summary>No quads.</summary>
    public static PredicateStatistics Empty => default;
}
