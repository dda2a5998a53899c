using BenchmarkDotNet.Running;
using ValueFlows.Benchmarks;

if (args.Length >= 2 && args[0] == "parse")
{
    return WholeFileParse.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
