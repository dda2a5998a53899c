using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>What passes may consult: the dataset's statistics (absent in golden tests without data) and the query's base IRI.</summary>
/// <param name="Dataset">The dataset the query will run on, or null when no statistics are available.</param>
/// <param name="BaseIri">The query's base IRI, which <c>IRI(str)</c> resolves against when folded.</param>
internal sealed record OptimizerContext(IQueryableDataset? Dataset, Iri? BaseIri)
{
    /// <summary>No statistics and no base IRI.</summary>
    public static OptimizerContext Empty { get; } = new(null, null);
}
