using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Estimates how many solutions a triple pattern gives when some of its variables are already bound, from the dataset's
/// statistics: the quads matching its constants (<see cref="IQueryableDataset.EstimateQuads"/>), divided for a bound
/// subject or object by the predicate's distinct subjects or objects (<see cref="IQueryableDataset.GetPredicateStatistics"/>).
/// </summary>
internal sealed class CardinalityEstimator(IQueryableDataset dataset)
{
    /// <summary>How much a bound position narrows a pattern when no predicate statistics say better.</summary>
    private const long UnknownSelectivity = 10;

    private readonly Dictionary<(TermId, TermId), PredicateStatistics> _statistics = [];
    private readonly Dictionary<Term, TermId?> _ids = [];

    public long Estimate(TriplePattern pattern, IReadOnlySet<Variable> bound, TermId graph)
    {
        if (Constant(pattern.Subject) is not { } s || Constant(pattern.Predicate) is not { } p || Constant(pattern.Object) is not { } o)
        {
            return 0;
        }

        double estimate = dataset.EstimateQuads(new QuadPattern(s, p, o, graph));
        if (estimate == 0)
        {
            return 0;
        }

        var subjectBound = IsBound(pattern.Subject, bound);
        var objectBound = IsBound(pattern.Object, bound);
        if (p != TermId.Any && (subjectBound || objectBound))
        {
            var statistics = Statistics(p, graph);
            if (subjectBound)
            {
                estimate /= Math.Max(1, statistics.DistinctSubjects);
            }

            if (objectBound)
            {
                estimate /= Math.Max(1, statistics.DistinctObjects);
            }
        }
        else
        {
            estimate /= subjectBound ? UnknownSelectivity : 1;
            estimate /= objectBound ? UnknownSelectivity : 1;
        }

        estimate /= IsBound(pattern.Predicate, bound) ? UnknownSelectivity : 1;
        return Math.Max(1, (long)Math.Ceiling(estimate));
    }

    /// <summary>The graph selection for scans of a pattern inside <c>GRAPH name</c>: that graph, or every named graph.</summary>
    public TermId Graph(TermPattern name) => name.Term is { } term && Constant(term) is { } id ? id : TermId.Any;

    /// <summary>
    /// The variable a position binds: its variable, or for a blank node (a variable local to the BGP) a variable named
    /// <c>_:label</c>, which no query can write; null for a constant.
    /// </summary>
    public static Variable? Key(TermPattern term) =>
        term.Variable ?? (term.Term is BlankNode node ? new Variable("_:" + node.Label) : null);

    private static bool IsBound(TermPattern term, IReadOnlySet<Variable> bound) => Key(term) is { } v && bound.Contains(v);

    /// <summary>The id of a constant position (<see cref="TermId.Any"/> for variables and blank nodes), or null when the data lacks it.</summary>
    private TermId? Constant(TermPattern position) => position.Term is { } term and not BlankNode ? Constant(term) : TermId.Any;

    private TermId? Constant(Term term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = dataset.TryInternalize(term, out var found) ? found : null;
            _ids.Add(term, id);
        }

        return id;
    }

    private PredicateStatistics Statistics(TermId predicate, TermId graph)
    {
        if (!_statistics.TryGetValue((predicate, graph), out var statistics))
        {
            statistics = dataset.GetPredicateStatistics(predicate, graph);
            _statistics.Add((predicate, graph), statistics);
        }

        return statistics;
    }
}
