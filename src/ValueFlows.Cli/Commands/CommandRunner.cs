using ValueFlows.Rdf;

namespace ValueFlows.Cli.Commands;

/// <summary>Runs a command body and turns the errors people cause into one clear line and a non-zero exit code.</summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int BadUsage = 2;

    public static int Run(Action body)
    {
        try
        {
            body();
            return Ok;
        }
        catch (RdfSyntaxException e)
        {
            Console.Error.WriteLine($"vf: {e.Message}");
            return BadInput;
        }
        catch (CliUsageException e)
        {
            Console.Error.WriteLine($"vf: {e.Message}");
            return BadUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            Console.Error.WriteLine($"vf: {e.Message}");
            return BadInput;
        }
    }
}
