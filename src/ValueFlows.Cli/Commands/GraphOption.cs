using ValueFlows.Rdf;

namespace ValueFlows.Cli.Commands;

/// <summary>Reads the <c>--graph IRI</c> option of import and export.</summary>
internal static class GraphOption
{
    public static Iri? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return IriSyntax.TryValidateAbsolute(value, out var error)
            ? Iri.CreateUnchecked(value)
            : throw new CliUsageException($"--graph: <{value}> is not an absolute IRI ({error}).");
    }
}
