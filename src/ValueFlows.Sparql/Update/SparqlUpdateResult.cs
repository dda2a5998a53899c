namespace ValueFlows.Sparql.Update;

/// <summary>What an update request changed, per operation and in total.</summary>
/// <param name="Operations">One entry per operation, in order.</param>
public sealed record SparqlUpdateResult(IReadOnlyList<UpdateOperationResult> Operations)
{
    /// <summary>Quads added over the whole request (a quad added by one operation and removed by a later one counts in both).</summary>
    public long Added => Operations.Sum(o => o.Added);

    /// <summary>Quads removed over the whole request.</summary>
    public long Removed => Operations.Sum(o => o.Removed);
}
