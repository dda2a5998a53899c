using System.CommandLine;
using ValueFlows.Cli.Commands;
using ValueFlows.Rdf;
using ValueFlows.Rdf.JsonLd;

// Formats from other assemblies join the registry when the program is composed (DECISIONS.md 19).
RdfFormatRegistry.Default.Register(JsonLdFormat.Format);

var root = new RootCommand("vf — the ValueFlows Linked Open Data server and its tools.");
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(UpdateCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
return root.Parse(args).Invoke();
