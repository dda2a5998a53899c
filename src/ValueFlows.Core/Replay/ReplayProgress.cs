namespace ValueFlows.Core.Replay;

/// <summary>How far a replay got: records written so far out of those planned.</summary>
/// <param name="Written">Records (events with the resources they create count once) written so far.</param>
/// <param name="Total">Records planned.</param>
public readonly record struct ReplayProgress(int Written, int Total);
