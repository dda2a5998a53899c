namespace ValueFlows.Sparql.Evaluation;

/// <summary>Equality of solution rows by their ids (for DISTINCT, grouping and joins).</summary>
internal sealed class SolutionRowComparer : IEqualityComparer<TermId[]>
{
    public static SolutionRowComparer Instance { get; } = new();

    public bool Equals(TermId[]? x, TermId[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(TermId[] obj)
    {
        var hash = default(HashCode);
        foreach (var id in obj)
        {
            hash.Add(id.Value);
        }

        return hash.ToHashCode();
    }
}
