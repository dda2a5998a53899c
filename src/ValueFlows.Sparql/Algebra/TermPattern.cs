using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A position of a triple pattern: an RDF term (blank nodes included, which match like variables local to their
/// basic graph pattern) or a <see cref="Algebra.Variable"/>.
/// </summary>
public readonly record struct TermPattern
{
    /// <summary>A term position.</summary>
    public TermPattern(Term term) => Term = term ?? throw new ArgumentNullException(nameof(term));

    /// <summary>A variable position.</summary>
    public TermPattern(Variable variable) => Variable = variable ?? throw new ArgumentNullException(nameof(variable));

    /// <summary>The term, or null for a variable.</summary>
    public Term? Term { get; }

    /// <summary>The variable, or null for a term.</summary>
    public Variable? Variable { get; }

    /// <summary>True when this position is a variable.</summary>
    public bool IsVariable => Variable is not null;

    /// <summary>A term position.</summary>
    public static implicit operator TermPattern(Term term) => new(term);

    /// <summary>A variable position.</summary>
    public static implicit operator TermPattern(Variable variable) => new(variable);

    /// <summary>The position in SPARQL syntax: <c>?x</c>, <c>&lt;iri&gt;</c>, <c>_:b</c> or a literal.</summary>
    public override string ToString() => Variable?.ToString() ?? Term?.ToString() ?? string.Empty;
}
