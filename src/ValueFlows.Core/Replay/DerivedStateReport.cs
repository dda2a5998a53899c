namespace ValueFlows.Core.Replay;

/// <summary>What <see cref="DerivedStateCheck"/> found: the replay of the stored records, and every difference.</summary>
public sealed record DerivedStateReport
{
    /// <summary>The replay of the stored records into a scratch ledger (its errors mean the check could not recompute).</summary>
    public required ReplayReport Replay { get; init; }

    /// <summary>Every derived resource field whose stored value differs from the recomputed one, by resource IRI then field.</summary>
    public required IReadOnlyList<DerivedStateDifference> Differences { get; init; }

    /// <summary>How many resources were compared.</summary>
    public int ResourcesChecked { get; init; }

    /// <summary>True when the replay succeeded and nothing differs.</summary>
    public bool Clean => Replay.Succeeded && Differences.Count == 0;
}
