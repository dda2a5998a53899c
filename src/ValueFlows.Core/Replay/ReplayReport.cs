namespace ValueFlows.Core.Replay;

/// <summary>
/// What a replay did: with no <see cref="Errors"/> every record was written in the one transaction <see cref="Sequence"/>;
/// with errors nothing was written.
/// </summary>
public sealed record ReplayReport
{
    /// <summary>Records written, by VF type name (<c>EconomicEvent</c>, <c>EconomicResource</c>…).</summary>
    public required IReadOnlyDictionary<string, int> Created { get; init; }

    /// <summary>The sequence number of the transaction that wrote everything, or null when nothing was written.</summary>
    public long? Sequence { get; init; }

    /// <summary>The records refused (any error means nothing was written).</summary>
    public IReadOnlyList<ReplayError> Errors { get; init; } = [];

    /// <summary>Input read but not written: properties no VF field stores, quads outside the default graph.</summary>
    public IReadOnlyList<ReplayNote> Ignored { get; init; } = [];

    /// <summary>Values of derived resource fields (quantities, location, containedIn, accountable, stage, state) left to Core.</summary>
    public int DerivedValuesSkipped { get; init; }

    /// <summary>Units the input declares that the ledger holds already (units are shared, DECISIONS 9): kept as they are.</summary>
    public int ExistingUnitsKept { get; init; }

    /// <summary>True when everything was written.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>All records written.</summary>
    public int TotalCreated => Created.Values.Sum();
}
