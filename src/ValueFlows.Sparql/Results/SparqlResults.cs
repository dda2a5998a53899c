using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Results;

/// <summary>
/// The result of a query in memory: a boolean (ASK) or a table of solutions whose cells line up with
/// <see cref="Variables"/>; a null cell is unbound.
/// </summary>
public sealed class SparqlResults
{
    private readonly bool _boolean;

    /// <summary>A table of solutions.</summary>
    public SparqlResults(IEnumerable<Variable> variables, IEnumerable<IReadOnlyList<Term?>> rows)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(rows);
        Variables = [.. variables];
        Rows = [.. rows];
        foreach (var row in Rows)
        {
            if (row.Count != Variables.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {Variables.Count} variables.", nameof(rows));
            }
        }
    }

    /// <summary>A boolean result.</summary>
    public SparqlResults(bool value)
    {
        IsBoolean = true;
        _boolean = value;
        Variables = [];
        Rows = [];
    }

    /// <summary>True for the result of ASK.</summary>
    public bool IsBoolean { get; }

    /// <summary>The boolean of an ASK result.</summary>
    /// <exception cref="InvalidOperationException">This is a table of solutions.</exception>
    public bool Boolean => IsBoolean ? _boolean : throw new InvalidOperationException("These results are solutions, not a boolean.");

    /// <summary>The variables, in column order (none for a boolean).</summary>
    public IReadOnlyList<Variable> Variables { get; }

    /// <summary>The solutions, each with one cell per variable.</summary>
    public IReadOnlyList<IReadOnlyList<Term?>> Rows { get; }
}
