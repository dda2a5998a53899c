using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// A malformed SPARQL query or update. <see cref="Location"/> holds 0-based line, column (code points) and byte offset;
/// the message uses 1-based numbers, as people read them.
/// </summary>
public sealed class SparqlSyntaxException : FormatException
{
    /// <summary>Creates the error for a fault at <paramref name="location"/>.</summary>
    public SparqlSyntaxException(string detail, TextRange location)
        : base(Describe(detail, location))
    {
        Detail = detail;
        Location = location;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Detail { get; }

    /// <summary>Where it is wrong.</summary>
    public TextRange Location { get; }

    /// <summary>1-based line of the fault.</summary>
    public long Line => Location.Start.Line + 1;

    /// <summary>1-based column of the fault.</summary>
    public long Column => Location.Start.Column + 1;

    private static string Describe(string detail, TextRange location)
    {
        var s = location.Start;
        var e = location.End;
        return s.Line == e.Line && e.Column > s.Column + 1
            ? $"Syntax error at line {s.Line + 1} between columns {s.Column + 1} and {e.Column + 1}: {detail}"
            : $"Syntax error at line {s.Line + 1}, column {s.Column + 1}: {detail}";
    }
}
