using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Optimizer;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Evaluates SPARQL queries over an <see cref="IQueryableDataset"/> (§18.5): the algebra runs on ids and terms are
/// materialized only for the output. FROM / FROM NAMED select graphs of the given dataset (§13.2); without them the
/// dataset's own default graph and named graphs are queried.
/// </summary>
public static class SparqlEvaluator
{
    /// <summary>Evaluates <paramref name="query"/> over <paramref name="dataset"/>; results stream as they are enumerated.</summary>
    /// <exception cref="SparqlEvaluationException">The query uses SERVICE.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled during evaluation.</exception>
    public static SparqlQueryResult Evaluate(SparqlQuery query, IQueryableDataset dataset, CancellationToken cancellation = default) =>
        Evaluate(query, dataset, SparqlEvaluationOptions.Default, optimize: true, cancellation);

    /// <summary>
    /// Evaluates <paramref name="query"/> over <paramref name="dataset"/> within the limits of <paramref name="options"/>;
    /// results stream as they are enumerated, and the limits hold while they are.
    /// </summary>
    /// <exception cref="SparqlEvaluationException">The query uses SERVICE.</exception>
    /// <exception cref="SparqlTimeoutException">The query ran longer than <see cref="SparqlEvaluationOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled during evaluation.</exception>
    public static SparqlQueryResult Evaluate(SparqlQuery query, IQueryableDataset dataset, SparqlEvaluationOptions options, CancellationToken cancellation = default) =>
        Evaluate(query, dataset, options, optimize: true, cancellation);

    /// <summary>
    /// Evaluates <paramref name="query"/> over <paramref name="dataset"/>, rewritten by the optimizer's passes first unless
    /// <paramref name="optimize"/> is false (the algebra as parsed, for differential tests of the optimizer).
    /// </summary>
    /// <exception cref="SparqlEvaluationException">The query uses SERVICE.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled during evaluation.</exception>
    public static SparqlQueryResult Evaluate(SparqlQuery query, IQueryableDataset dataset, bool optimize, CancellationToken cancellation = default) =>
        Evaluate(query, dataset, SparqlEvaluationOptions.Default, optimize, cancellation);

    private static SparqlQueryResult Evaluate(SparqlQuery query, IQueryableDataset dataset, SparqlEvaluationOptions options, bool optimize, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var deadline = new QueryDeadline(options.Timeout, cancellation);
        cancellation = deadline.Token;
        var layout = new SolutionLayout();
        var projection = SelectVariables(query.Pattern);
        VariableRegistry.Register(layout, query.Pattern);
        foreach (var pattern in query.Template ?? ValueArray<TriplePattern>.Empty)
        {
            VariableRegistry.Register(layout, pattern);
        }

        foreach (var target in query.DescribeTargets ?? ValueArray<TermPattern>.Empty)
        {
            VariableRegistry.Register(layout, target);
        }

        if (query.Dataset is { } selection)
        {
            dataset = new QueryDatasetView(dataset, selection);
        }

        var algebra = optimize ? QueryOptimizer.Default.Optimize(query.Pattern, new OptimizerContext(dataset, query.BaseIri)) : query.Pattern;
        VariableRegistry.Register(layout, algebra);
        var terms = new QueryTermTable(dataset);
        var evaluator = new AlgebraEvaluator(terms, layout, query.BaseIri, cancellation) { KeepPatternOrder = optimize };
        var rows = evaluator.Evaluate(algebra, evaluator.EmptyRow(), TermId.DefaultGraph);
        switch (query.Form)
        {
            case SparqlQueryForm.Ask:
            {
                using (deadline)
                {
                    return SparqlQueryResult.ForBoolean(deadline.Run(rows.Any));
                }
            }

            case SparqlQueryForm.Construct:
                return SparqlQueryResult.ForQuads(SparqlQueryForm.Construct, deadline.Guard(Construct(query.Template ?? ValueArray<TriplePattern>.Empty, rows, terms, layout)));
            case SparqlQueryForm.Describe:
                return SparqlQueryResult.ForQuads(SparqlQueryForm.Describe, deadline.Guard(Describe(query.DescribeTargets ?? ValueArray<TermPattern>.Empty, rows, terms, layout, cancellation)));
            default:
            {
                var variables = projection ?? [.. layout.Variables.Where(v => !v.IsGenerated && !v.Name.StartsWith("_:", StringComparison.Ordinal))];
                int[] slots = [.. variables.Select(layout.Slot)];
                return SparqlQueryResult.ForSolutions(variables, deadline.Guard(rows.Select(row => (IReadOnlyList<Term?>)Array.ConvertAll(slots, s => row[s].IsAny ? null : terms.Get(row[s])))));
            }
        }
    }

    private static List<Variable>? SelectVariables(Op op) => op switch
    {
        OpProject project => [.. project.Variables],
        OpSlice slice => SelectVariables(slice.Input),
        OpDistinct distinct => SelectVariables(distinct.Input),
        OpReduced reduced => SelectVariables(reduced.Input),
        OpOrderBy orderBy => SelectVariables(orderBy.Input),
        OpTopN top => SelectVariables(top.Input),
        _ => null,
    };

    private static IEnumerable<Quad> Construct(ValueArray<TriplePattern> template, IEnumerable<TermId[]> rows, QueryTermTable terms, SolutionLayout layout)
    {
        var seen = new HashSet<Quad>();
        foreach (var row in rows)
        {
            var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var pattern in template)
            {
                var s = Instantiate(pattern.Subject, row, terms, layout, fresh);
                var p = Instantiate(pattern.Predicate, row, terms, layout, fresh);
                var o = Instantiate(pattern.Object, row, terms, layout, fresh);
                if (s is null or Literal || p is not Iri predicate || o is null)
                {
                    continue;
                }

                var quad = new Quad(s, predicate, o, null);
                if (seen.Add(quad))
                {
                    yield return quad;
                }
            }
        }
    }

    private static Term? Instantiate(TermPattern pattern, TermId[] row, QueryTermTable terms, SolutionLayout layout, Dictionary<string, BlankNode> fresh)
    {
        if (pattern.Variable is { } variable)
        {
            return layout.TryGetSlot(variable, out int slot) && !row[slot].IsAny ? terms.Get(row[slot]) : null;
        }

        if (pattern.Term is BlankNode node)
        {
            if (!fresh.TryGetValue(node.Label, out var created))
            {
                created = BlankNode.CreateFresh();
                fresh.Add(node.Label, created);
            }

            return created;
        }

        return pattern.Term;
    }

    /// <summary>The concise bounded description of each described resource in the default graph.</summary>
    private static IEnumerable<Quad> Describe(ValueArray<TermPattern> targets, IEnumerable<TermId[]> rows, QueryTermTable terms, SolutionLayout layout, CancellationToken cancellation)
    {
        var resources = new List<TermId>();
        var rowList = rows.ToList();
        foreach (var target in targets)
        {
            if (target.Variable is { } variable)
            {
                int slot = layout.Slot(variable);
                resources.AddRange(rowList.Where(r => !r[slot].IsAny).Select(r => r[slot]));
            }
            else if (target.Term is { } term && terms.TryGetStored(term, out var id))
            {
                resources.Add(id);
            }
        }

        var described = new HashSet<TermId>();
        var pending = new Queue<TermId>(resources);
        var batch = new EncodedQuad[256];
        using var cursor = terms.Dataset.OpenCursor();
        while (pending.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var resource = pending.Dequeue();
            if (!described.Add(resource))
            {
                continue;
            }

            cursor.Seek(QuadPattern.InDefaultGraph(resource, TermId.Any, TermId.Any));
            var found = new List<EncodedQuad>();
            int read;
            while ((read = cursor.Read(batch)) > 0)
            {
                found.AddRange(batch.AsSpan(0, read));
            }

            foreach (var quad in found)
            {
                if (quad.Object.IsBlankNode)
                {
                    pending.Enqueue(quad.Object);
                }

                yield return new Quad(terms.Get(quad.Subject), (Iri)terms.Get(quad.Predicate), terms.Get(quad.Object), null);
            }
        }
    }
}
