namespace ValueFlows.Core.Model;

/// <summary>The time units of vf-graphql's <c>TimeUnit</c>, stored as OM units (DECISIONS 9).</summary>
public enum VfTimeUnit
{
    /// <summary>om2:year.</summary>
    Year,

    /// <summary>om2:month.</summary>
    Month,

    /// <summary>om2:week.</summary>
    Week,

    /// <summary>om2:day.</summary>
    Day,

    /// <summary>om2:hour.</summary>
    Hour,

    /// <summary>om2:minute-Time.</summary>
    Minute,

    /// <summary>om2:second-Time.</summary>
    Second,
}
