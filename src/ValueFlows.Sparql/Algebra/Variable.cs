namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A query variable (<see href="https://www.w3.org/TR/sparql11-query/#defn_QueryVariable"/>), named without its <c>?</c>.
/// Names the parser invents for the algebra start with a dot (<c>?.0</c>), which no query can write.
/// </summary>
/// <param name="Name">The name without the leading <c>?</c> or <c>$</c>.</param>
public sealed record Variable(string Name)
{
    /// <summary>True for a variable invented by the translation to the algebra (aggregates, grouping keys).</summary>
    public bool IsGenerated => Name.StartsWith('.');

    /// <summary>The variable as SPARQL writes it: <c>?name</c>.</summary>
    public override string ToString() => "?" + Name;
}
