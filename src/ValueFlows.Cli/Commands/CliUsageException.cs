namespace ValueFlows.Cli.Commands;

/// <summary>A mistake in how a command was called; printed as one line, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
