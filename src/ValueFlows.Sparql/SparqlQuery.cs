using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql;

/// <summary>
/// A parsed SPARQL 1.1 query: its form, its algebra (§18.2) and what the form needs besides (dataset, CONSTRUCT
/// template, DESCRIBE targets). <see cref="ToString"/> writes it back as SPARQL that parses to the same algebra.
/// </summary>
public sealed class SparqlQuery
{
    internal SparqlQuery(
        SparqlQueryForm form,
        Op pattern,
        Iri? baseIri,
        QueryDataset? dataset,
        IEnumerable<TriplePattern>? template,
        ValueArray<TermPattern>? describe)
    {
        Form = form;
        Pattern = pattern;
        BaseIri = baseIri;
        Dataset = dataset;
        Template = template is null ? null : new ValueArray<TriplePattern>(template);
        DescribeTargets = describe;
    }

    /// <summary>The query form.</summary>
    public SparqlQueryForm Form { get; }

    /// <summary>The algebra of the WHERE clause with its solution modifiers.</summary>
    public Op Pattern { get; }

    /// <summary>The base IRI in force at the end of the prologue, which IRI() and friends resolve against.</summary>
    public Iri? BaseIri { get; }

    /// <summary>The dataset of <c>FROM</c>/<c>FROM NAMED</c>, or null when the query names none.</summary>
    public QueryDataset? Dataset { get; }

    /// <summary>The CONSTRUCT template, or null for other forms.</summary>
    public ValueArray<TriplePattern>? Template { get; }

    /// <summary>The IRIs and variables a DESCRIBE query describes, or null for other forms.</summary>
    public ValueArray<TermPattern>? DescribeTargets { get; }

    /// <summary>Parses a SPARQL 1.1 query; relative IRIs resolve against <paramref name="baseIri"/> until a BASE replaces it.</summary>
    /// <exception cref="SparqlSyntaxException">The text is not a valid query.</exception>
    public static SparqlQuery Parse(string query, Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SparqlParser.ParseQuery(query, baseIri);
    }

    /// <summary>
    /// The same query over another dataset: the SPARQL Protocol's <c>default-graph-uri</c>/<c>named-graph-uri</c>
    /// replace the query's FROM / FROM NAMED (null: the store's own dataset).
    /// </summary>
    public SparqlQuery WithDataset(QueryDataset? dataset) =>
        new(Form, Pattern, BaseIri, dataset, Template, DescribeTargets);

    /// <summary>The query as SSE: the algebra, wrapped by the form when it is not SELECT.</summary>
    public string ToSse() => QuerySse.Write(this);

    /// <summary>The query as SPARQL text that parses back to the same algebra.</summary>
    public override string ToString() => SparqlWriter.Write(this);
}
