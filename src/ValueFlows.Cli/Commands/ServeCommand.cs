using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ValueFlows.Core.Records;
using ValueFlows.Core.Samples;
using ValueFlows.GraphQL;
using ValueFlows.Server;
using ValueFlows.Store;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// <c>vf serve</c>: the HTTP server over the store in the data directory. Settings come from appsettings.json, the
/// environment (<c>Vf__QueryTimeout</c>, <c>ValueFlows__QueryTimeout</c>, <c>VF_QueryTimeout</c>) and these flags, the flags winning.
/// </summary>
internal static partial class ServeCommand
{
    private const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The data directory (created if missing).", DefaultValueFactory = _ => "vf-data" };
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, ';'-separated (default {DefaultUrls}; anything but loopback logs a warning)." };
        var baseIri = new Option<string?>("--base")
        {
            Description = "The base IRI the server mints under (default http://localhost:PORT/); a data directory keeps the base it was created with.",
        };
        var allowRawWrites = new Option<bool>("--allow-raw-writes") { Description = "Accept SPARQL Update over HTTP (off by default; there is no auth yet)." };
        var union = new Option<bool>("--union-default-graph") { Description = "SPARQL's default graph is the union of all graphs but {base}meta." };
        var timeout = new Option<double?>("--query-timeout") { Description = "Seconds a query may run before it is answered with 503 (default 30)." };
        var asAgent = new Option<string?>("--as-agent") { Description = "The agent IRI GraphQL's myAgent answers with (there is no auth yet; without it, myAgent is UNAUTHENTICATED)." };
        var samples = new Option<bool>("--samples") { Description = "Load the three sample stories (through Core) into the store first; the store must be empty." };
        var logFormat = new Option<string?>("--log-format") { Description = "Console logs: simple (default) or json." };
        logFormat.AcceptOnlyFromAmong("simple", "json");
        var command = new Command("serve", "Run the HTTP server: GraphQL on /graphql (explorer page in a browser), SPARQL 1.1 Protocol on /sparql, /health.")
        {
            data, urls, baseIri, samples, allowRawWrites, union, timeout, asAgent, logFormat,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });

            // ASP.NET Core's own per-request events repeat ValueFlows.Server.Requests; first source, so any setting wins.
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData = [new("Logging:LogLevel:Microsoft.AspNetCore", "Warning")],
            });
            builder.Configuration.AddVfEnvironmentVariables();
            var options = VfServerConfiguration.ReadOptions(builder.Configuration);
            if (parse.GetValue(logFormat) is { } format)
            {
                options.LogFormat = format == "json" ? VfLogFormat.Json : VfLogFormat.Simple;
            }

            builder.Logging.ClearProviders();
            if (options.LogFormat == VfLogFormat.Json)
            {
                builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
            }
            else
            {
                builder.Logging.AddSimpleConsole(simple =>
                {
                    simple.SingleLine = true;
                    simple.UseUtcTimestamp = true;
                    simple.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                });
            }

            if (parse.GetValue(asAgent) is { } agent)
            {
                options.AsAgent = agent;
            }

            if (options.AsAgent is not null && !Uri.TryCreate(options.AsAgent, UriKind.Absolute, out _))
            {
                throw new CliUsageException($"--as-agent (setting Vf:AsAgent) '{options.AsAgent}' is not an absolute IRI.");
            }

            var listen = parse.GetValue(urls) ?? builder.Configuration["urls"] ?? DefaultUrls;
            if (parse.GetValue(allowRawWrites))
            {
                options.AllowRawWrites = true;
            }

            if (parse.GetValue(union))
            {
                options.UnionDefaultGraph = true;
            }

            if (parse.GetValue(timeout) is { } seconds)
            {
                options.QueryTimeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new CliUsageException("--query-timeout must be positive.");
            }

            var explicitBase = parse.GetValue(baseIri) ?? builder.Configuration[VfServerOptions.Section + ":BaseIri"];
            if (explicitBase is not null && !Uri.TryCreate(explicitBase, UriKind.Absolute, out _))
            {
                throw new CliUsageException($"--base '{explicitBase}' is not an absolute IRI.");
            }

            var store = OpenStore(parse.GetValue(data)!, explicitBase, DefaultBase(listen));
            try
            {
                options.BaseIri = store.BaseIri!;
                builder.WebHost.UseUrls(listen);
                builder.Services.AddVfServer(store, options);
                var app = builder.Build();
                app.UseVfServer();
                var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ValueFlows.Server");
                if (parse.GetValue(samples))
                {
                    LoadSamples(app.Services.GetRequiredService<VfLedger>(), logger);
                }

                // Builds the GraphQL schema now (about 2 s) rather than in the first client's request.
                app.Services.GetRequiredService<VfGraphQLExecutor>()
                    .ExecuteAsync(new VfGraphQLRequest("{ __typename }", null, null, QueriesOnly: true), CancellationToken.None)
                    .GetAwaiter().GetResult();

                foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!IsLoopback(url))
                    {
                        LogNotLoopback(logger, url);
                    }
                }

                LogStarting(logger, store.DirectoryPath ?? "", options.BaseIri, store.Sequence, options.AllowRawWrites, options.UnionDefaultGraph);
                app.Run();
            }
            finally
            {
                store.Dispose();
            }
        }));
        return command;
    }

    /// <summary>
    /// Replays the sample stories through Core into an empty store (one transaction: all or nothing). A store with data
    /// is refused, so the stories never mix with other records or load twice.
    /// </summary>
    private static void LoadSamples(VfLedger ledger, ILogger logger)
    {
        long existing;
        using (var snapshot = ledger.Store.OpenSnapshot())
        {
            existing = snapshot.Count;
        }

        if (existing > 0 && SampleStories.IsLoadedIn(ledger))
        {
            // A second `vf serve --samples` on the same directory (the README's run command, run again) serves what is there.
            LogSamplesPresent(logger, ledger.Store.DirectoryPath ?? "");
            return;
        }

        if (existing > 0)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"--samples loads into an empty store, and '{ledger.Store.DirectoryPath}' has {existing:N0} quads; use another --data directory (or leave out --samples)."));
        }

        var report = SampleStories.LoadInto(ledger);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The samples did not load (nothing was written): " + string.Join("; ", report.Errors));
        }

        var counts = string.Join(", ", report.Created.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}"));
        LogSamples(logger, report.TotalCreated, counts, report.Sequence ?? 0);
    }

    /// <summary>
    /// Opens the store; a new directory records <paramref name="explicitBase"/> or else <paramref name="defaultBase"/>,
    /// an existing one keeps its own base (and refuses a different explicit one).
    /// </summary>
    private static QuadStore OpenStore(string directory, string? explicitBase, string defaultBase)
    {
        var options = new QuadStoreOptions { BaseIri = explicitBase, Warning = w => Console.Error.WriteLine($"vf: warning: {w}") };
        var store = QuadStore.Open(directory, options);
        if (store.BaseIri is not null)
        {
            return store;
        }

        store.Dispose();
        return QuadStore.Open(directory, options with { BaseIri = defaultBase });
    }

    private static string DefaultBase(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DefaultUrls;
        var port = Uri.TryCreate(first.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.Port
            : 5000;
        return string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}/");
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening on {Url}, which is not loopback: there is no authentication yet, so anyone who reaches it can read the data")]
    private static partial void LogNotLoopback(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample stories: {Records} records ({Counts}) at seq {Sequence}")]
    private static partial void LogSamples(ILogger logger, int records, string counts, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "The sample stories are already in {Directory}: serving them as they are")]
    private static partial void LogSamplesPresent(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Directory} (base {BaseIri}, seq {Sequence}; raw writes {RawWrites}, union default graph {Union})")]
    private static partial void LogStarting(ILogger logger, string directory, string baseIri, long sequence, bool rawWrites, bool union);
}
