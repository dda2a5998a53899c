using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A table of solutions from <c>VALUES</c> (<see href="https://www.w3.org/TR/sparql11-query/#inline-data"/>);
/// a null cell is <c>UNDEF</c>.
/// </summary>
/// <param name="Variables">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
public sealed record OpValues(ValueArray<Variable> Variables, ValueArray<ValueArray<Term?>> Rows) : Op
{
    /// <summary>The table of one empty solution, the identity of join.</summary>
    public static OpValues Unit { get; } = new(ValueArray<Variable>.Empty, ValueArray.Create(ValueArray<Term?>.Empty));
}
