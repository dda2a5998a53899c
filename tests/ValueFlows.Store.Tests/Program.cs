namespace ValueFlows.Store.Tests;

/// <summary>The test assembly's own entry point: <c>crash-child DIR START</c> and <c>update-crash-child DIR START</c> run the crash tests' child processes.</summary>
public static class Program
{
    public static int Main(string[] args) => args.Length == 0 ? 0 : args[0] switch
    {
        "crash-child" => CrashChild.Run(args[1..]),
        "update-crash-child" => UpdateCrashChild.Run(args[1..]),
        _ => 0,
    };
}
