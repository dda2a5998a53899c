namespace ValueFlows.Store.Tests;

/// <summary>The test assembly's own entry point: <c>crash-child DIR START</c> runs the crash test's child process.</summary>
public static class Program
{
    public static int Main(string[] args) =>
        args.Length >= 1 && args[0] == "crash-child" ? CrashChild.Run(args[1..]) : 0;
}
