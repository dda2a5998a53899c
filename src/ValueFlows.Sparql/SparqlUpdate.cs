using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Sparql;

/// <summary>A parsed SPARQL 1.1 Update request: a sequence of operations. <see cref="ToString"/> writes it back as SPARQL.</summary>
public sealed class SparqlUpdate
{
    internal SparqlUpdate(IEnumerable<UpdateOperation> operations, Iri? baseIri)
    {
        Operations = new ValueArray<UpdateOperation>(operations);
        BaseIri = baseIri;
    }

    /// <summary>The operations, in order.</summary>
    public ValueArray<UpdateOperation> Operations { get; }

    /// <summary>The base IRI in force at the end of the request.</summary>
    public Iri? BaseIri { get; }

    /// <summary>Parses a SPARQL 1.1 Update request.</summary>
    /// <exception cref="SparqlSyntaxException">The text is not a valid request.</exception>
    public static SparqlUpdate Parse(string update, Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        return SparqlParser.ParseUpdate(update, baseIri);
    }

    /// <summary>
    /// The same request with the SPARQL Protocol's <c>using-graph-uri</c>/<c>using-named-graph-uri</c> as the dataset of
    /// every DELETE/INSERT … WHERE (they act as USING / USING NAMED; §2.2.3 of the Protocol).
    /// </summary>
    public SparqlUpdate WithProtocolDataset(QueryDataset dataset) =>
        new(Operations.Select(o => o is ModifyOperation modify ? modify with { Using = dataset } : o), BaseIri);

    /// <summary>The request as SPARQL text that parses back to the same operations.</summary>
    public override string ToString() => UpdateWriter.Write(this);
}
