using System.CommandLine;
using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Sparql.Update;
using ValueFlows.Store;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// <c>vf update [--data DIR] 'UPDATE' | --file u.ru</c>: runs a SPARQL 1.1 Update request on the data directory as ONE
/// transaction (all operations or, on any error, none) and prints what each operation changed. Quads are stored as
/// given (no VF effects, DECISIONS.md 7).
/// </summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("UPDATE") { Description = "The SPARQL Update request (or use --file).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "Read the request from this file (- for standard input)." };
        var data = new Option<string>("--data") { Description = "The data directory.", DefaultValueFactory = _ => "vf-data" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI against which the request's relative IRIs resolve." };
        var importDir = new Option<string?>("--import-dir") { Description = "LOAD may read file: IRIs under this folder only (default: none)." };
        var allow = new Option<string[]>("--allow") { Description = "An http(s) IRI LOAD may fetch; one ending with '/' allows everything under it. Repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("update", "Run a SPARQL 1.1 Update request on the store, all in one transaction.") { text, file, data, baseIri, importDir, allow };
        command.SetAction(parse =>
        {
            string source = "update";
            try
            {
                return CommandRunner.Run(() =>
                {
                    var (request, name) = ReadRequest(parse.GetValue(text), parse.GetValue(file));
                    source = name;
                    var options = new UpdateOptions { ImportDirectory = parse.GetValue(importDir), AllowedIris = parse.GetValue(allow) ?? [] };
                    Update(request, parse.GetValue(baseIri), options, parse.GetValue(data)!);
                });
            }
            catch (SparqlSyntaxException e)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vf: {source}:{e.Line}:{e.Column}: {e.Detail}"));
                return CommandRunner.BadInput;
            }
            catch (SparqlUpdateException e)
            {
                Console.Error.WriteLine($"vf: {e.Message} Nothing was changed.");
                return CommandRunner.BadInput;
            }
        });
        return command;
    }

    private static (string Text, string Name) ReadRequest(string? text, string? file)
    {
        if ((text is null) == (file is null))
        {
            throw new CliUsageException("Give the update either as an argument or with --file, not both.");
        }

        if (file is null)
        {
            return (text!, "update");
        }

        if (file == "-")
        {
            return (Console.In.ReadToEnd(), "stdin");
        }

        return File.Exists(file) ? (File.ReadAllText(file), file) : throw new CliUsageException($"No such file: '{file}'.");
    }

    private static void Update(string text, string? baseIri, UpdateOptions options, string dataDirectory)
    {
        // Parsed before the store is opened, so a typo never waits for the writer lock.
        var update = SparqlUpdate.Parse(text, baseIri is null ? null : Iri.Create(baseIri));
        options = SparqlUpdateExecutor.PrefetchDocuments(update, options);
        using var store = QuadStore.Open(dataDirectory, new QuadStoreOptions { Warning = w => Console.Error.WriteLine($"vf: warning: {w}") });
        SparqlUpdateResult result;
        long sequence;
        using (var transaction = store.BeginWrite())
        {
            result = SparqlUpdateExecutor.Execute(update, transaction, options);
            sequence = transaction.Commit();
        }

        foreach (var operation in result.Operations)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name(operation.Operation)}: +{operation.Added} -{operation.Removed}"));
        }

        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"total: +{result.Added} -{result.Removed} quads in {result.Operations.Count} operations, as transaction {sequence}"));
    }

    private static string Name(UpdateOperation operation) => operation switch
    {
        InsertDataOperation => "INSERT DATA",
        DeleteDataOperation => "DELETE DATA",
        ModifyOperation { IsDeleteWhere: true } => "DELETE WHERE",
        ModifyOperation m when m.Delete.Count > 0 && m.Insert.Count > 0 => "DELETE/INSERT",
        ModifyOperation m => m.Delete.Count > 0 ? "DELETE" : "INSERT",
        LoadOperation => "LOAD",
        ClearOperation => "CLEAR",
        DropOperation => "DROP",
        CreateOperation => "CREATE",
        GraphTransferOperation t => t.Kind.ToString().ToUpperInvariant(),
        _ => operation.GetType().Name,
    };
}
