using System.CommandLine;
using ValueFlows.Cli.Commands;

var root = new RootCommand("vf — the ValueFlows Linked Open Data server and its tools.");
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return root.Parse(args).Invoke();
