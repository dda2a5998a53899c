namespace ValueFlows.Server;

/// <summary>The console log format of <c>vf serve</c>.</summary>
public enum VfLogFormat
{
    /// <summary>One readable line per event, with a UTC timestamp.</summary>
    Simple,

    /// <summary>One JSON object per event, its message template's values as properties (for log collectors).</summary>
    Json,
}
