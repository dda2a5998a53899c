namespace ValueFlows.Store.Tests;

/// <summary>Placeholder replaced below.</summary>
internal static class CrashChild
{
    public static int Run(string[] args) => args.Length;
}
