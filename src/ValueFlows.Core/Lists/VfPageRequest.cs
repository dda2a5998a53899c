namespace ValueFlows.Core.Lists;

/// <summary>Relay paging arguments: <c>first</c>/<c>after</c> forwards or <c>last</c>/<c>before</c> backwards.</summary>
public sealed record VfPageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given (DECISIONS 17).</summary>
    public const int DefaultSize = 50;

    /// <summary>The largest page (vf-graphql <c>pageLimit</c>).</summary>
    public const int MaxSize = 1000;
}
