using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ValueFlows.Server.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Request_Answered_IsLoggedWithMethodPathStatusAndElapsed()
    {
        var capture = new CapturingLoggerProvider();
        using var server = new VfServerFactory();
        using var logged = server.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(capture)));

        using var response = await logged.CreateClient().GetAsync(new Uri("/sparql?query=ASK%7B%7D", UriKind.Relative));

        var entry = Assert.Single(capture.Entries, e => e.Category == "ValueFlows.Server.Requests");
        var values = entry.State.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("GET", values["Method"]);
        Assert.Equal("/sparql", values["Path"]!.ToString());
        Assert.Equal(200, values["Status"]);
        Assert.IsType<double>(values["ElapsedMs"]);
    }

    private sealed record Entry(string Category, IReadOnlyList<KeyValuePair<string, object?>> State);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
                {
                    owner.Entries.Enqueue(new Entry(category, [.. values]));
                }
            }
        }
    }
}
