using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The result of evaluating a query: solutions (SELECT), a boolean (ASK) or quads (CONSTRUCT, DESCRIBE). Solutions and
/// quads stream: they are computed while enumerated, once.
/// </summary>
public sealed class SparqlQueryResult
{
    private readonly IEnumerable<IReadOnlyList<Term?>>? _solutions;
    private readonly IEnumerable<Quad>? _quads;
    private readonly bool _boolean;

    private SparqlQueryResult(SparqlQueryForm form, IReadOnlyList<Variable> variables, IEnumerable<IReadOnlyList<Term?>>? solutions, bool boolean, IEnumerable<Quad>? quads)
    {
        Form = form;
        Variables = variables;
        _solutions = solutions;
        _boolean = boolean;
        _quads = quads;
    }

    /// <summary>The form of the query that produced this result.</summary>
    public SparqlQueryForm Form { get; }

    /// <summary>The variables of the solutions, in projection order (empty unless SELECT).</summary>
    public IReadOnlyList<Variable> Variables { get; }

    /// <summary>The solutions of a SELECT query: one value per variable, null when unbound.</summary>
    public IEnumerable<IReadOnlyList<Term?>> Solutions => _solutions ?? throw new InvalidOperationException("Only SELECT queries have solutions.");

    /// <summary>The answer of an ASK query.</summary>
    public bool Boolean => Form == SparqlQueryForm.Ask ? _boolean : throw new InvalidOperationException("Only ASK queries have a boolean result.");

    /// <summary>The triples (in the default graph) of a CONSTRUCT or DESCRIBE query.</summary>
    public IEnumerable<Quad> Quads => _quads ?? throw new InvalidOperationException("Only CONSTRUCT and DESCRIBE queries produce quads.");

    /// <summary>SELECT solutions or the ASK boolean as a <see cref="SparqlResults"/> (materialized), for the results writers.</summary>
    public SparqlResults ToResults() => Form switch
    {
        SparqlQueryForm.Ask => new SparqlResults(_boolean),
        SparqlQueryForm.Select => new SparqlResults(Variables, Solutions.ToList()),
        _ => throw new InvalidOperationException("CONSTRUCT and DESCRIBE results are graphs."),
    };

    internal static SparqlQueryResult ForSolutions(IReadOnlyList<Variable> variables, IEnumerable<IReadOnlyList<Term?>> solutions) =>
        new(SparqlQueryForm.Select, variables, solutions, false, null);

    internal static SparqlQueryResult ForBoolean(bool value) => new(SparqlQueryForm.Ask, [], null, value, null);

    internal static SparqlQueryResult ForQuads(SparqlQueryForm form, IEnumerable<Quad> quads) => new(form, [], null, false, quads);
}
