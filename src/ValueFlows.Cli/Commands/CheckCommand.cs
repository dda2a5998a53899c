using System.CommandLine;
using System.Globalization;
using ValueFlows.Core.Records;
using ValueFlows.Core.Replay;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// <c>vf check [--data DIR]</c> (DECISIONS.md 7): recomputes every resource's derived state (quantities, location,
/// containedIn, accountable agent, stage, state) by replaying the stored records through the VF rules in memory, and
/// prints each stored value that differs, with the resource's IRI. Exit 0 when all agree, 1 when anything differs or the
/// stored records cannot be replayed. Writes nothing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The data directory.", DefaultValueFactory = _ => "vf-data" };
        var command = new Command("check", "Recompute resource quantities, locations and accountability from the events and report every difference.") { data };
        command.SetAction(parse =>
        {
            int result = CommandRunner.Ok;
            int code = CommandRunner.Run(() => result = Check(parse.GetValue(data)!));
            return code != CommandRunner.Ok ? code : result;
        });
        return command;
    }

    private static int Check(string dataDirectory)
    {
        using var store = DataDirectoryStore.Open(dataDirectory, create: false);
        var report = DerivedStateCheck.Run(new VfLedger(store, store.BaseIri ?? DataDirectoryStore.DefaultBaseIri));
        if (!report.Replay.Succeeded)
        {
            foreach (var error in report.Replay.Errors)
            {
                Console.WriteLine($"{error.Record.Value}: cannot be replayed{(error.Field is null ? "" : $" ({error.Field})")}: {error.Message}");
            }

            Console.Error.WriteLine($"vf: check: {report.Replay.Errors.Count} stored record(s) cannot be replayed through the VF rules, so derived state was not recomputed.");
            return CommandRunner.BadInput;
        }

        foreach (var difference in report.Differences)
        {
            Console.WriteLine(difference.ToString());
        }

        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vf: check: {report.ResourcesChecked} resources, {report.Replay.Created.GetValueOrDefault("EconomicEvent")} events replayed; {report.Differences.Count} difference(s)."));
        return report.Clean ? CommandRunner.Ok : CommandRunner.BadInput;
    }
}
