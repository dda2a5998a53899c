namespace ValueFlows.Core.Replay;

/// <summary>The records read from the input, and what was refused or left out.</summary>
internal sealed record ReplayReading(List<ReplayRecord> Records, List<ReplayError> Errors, List<ReplayNote> Ignored, int DerivedValuesSkipped);
