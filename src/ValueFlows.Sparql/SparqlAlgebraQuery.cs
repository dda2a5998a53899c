using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql;

/// <summary>
/// Queries built as algebra instead of parsed from text (e.g. Core's lists): the same <see cref="SparqlQuery"/> the
/// parser makes, so it evaluates with <c>SparqlEvaluator</c> and prints as SPARQL text for a remote store.
/// </summary>
public static class SparqlAlgebraQuery
{
    /// <summary>A SELECT query whose WHERE clause and solution modifiers are <paramref name="pattern"/>.</summary>
    public static SparqlQuery Select(Op pattern, Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new SparqlQuery(SparqlQueryForm.Select, pattern, baseIri, null, null, null);
    }
}
