using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Evaluates algebra operators over an <see cref="IQueryableDataset"/> on ids (§18.5). Every operator is evaluated with a
/// seed row (the empty row at the top, the current solution inside EXISTS), which basic graph patterns, paths and
/// VALUES start from; rows are arrays of ids indexed by <see cref="SolutionLayout"/> slots.
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    private const int BatchSize = 256;
    private readonly QueryTermTable _terms;
    private readonly SolutionLayout _layout;
    private readonly Dictionary<TermId, ExpressionCompiler> _compilers = [];
    private readonly Dictionary<(Expression, TermId), CompiledExpression> _compiled = new(ExpressionKeyComparer.Instance);
    private readonly CancellationToken _cancellation;
    private readonly PathEvaluator _paths;

    private readonly SolutionState _state;

    public AlgebraEvaluator(QueryTermTable terms, SolutionLayout layout, Iri? baseIri, CancellationToken cancellation)
    {
        _state = new SolutionState(baseIri);
        _terms = terms;
        _layout = layout;
        _cancellation = cancellation;
        _paths = new PathEvaluator(terms, cancellation);
    }

    public QueryTermTable Terms => _terms;

    public int Width => _layout.Count;

    public TermId[] EmptyRow() => new TermId[_layout.Count];

    /// <summary>The compiled form of an expression evaluated in <paramref name="graph"/> (the active graph of its EXISTS).</summary>
    public CompiledExpression Compile(Expression expression, TermId graph)
    {
        if (!_compiled.TryGetValue((expression, graph), out var compiled))
        {
            if (!_compilers.TryGetValue(graph, out var compiler))
            {
                compiler = new ExpressionCompiler(_terms, _layout, (op, row) => Exists(op, row, graph), _state);
                _compilers.Add(graph, compiler);
            }

            compiled = compiler.Compile(expression);
            _compiled.Add((expression, graph), compiled);
        }

        return compiled;
    }

    public IEnumerable<TermId[]> Evaluate(Op op, TermId[] seed, TermId graph)
    {
        return op switch
        {
            OpBgp bgp => EvaluateBgp(bgp, seed, graph),
            OpPath path => EvaluatePath(path, seed, graph),
            OpJoin join => Join(join, seed, graph),
            OpLeftJoin leftJoin => LeftJoin(leftJoin, seed, graph),
            OpFilter filter => Filter(filter, seed, graph),
            OpUnion union => Evaluate(union.Left, seed, graph).Concat(Evaluate(union.Right, seed, graph)),
            OpMinus minus => Minus(Evaluate(minus.Left, seed, graph), new RowIndex([.. Evaluate(minus.Right, seed, graph)], Width)),
            OpExtend extend => Extend(extend, seed, graph),
            OpGraph g => EvaluateGraph(g, seed),
            OpValues values => Values(values, seed),
            OpProject project => Project(project, seed, graph),
            OpDistinct distinct => Evaluate(distinct.Input, seed, graph).Distinct(SolutionRowComparer.Instance),
            // REDUCED permits but does not require removing duplicates; passing rows through keeps it streaming.
            OpReduced reduced => Evaluate(reduced.Input, seed, graph),
            OpOrderBy orderBy => OrderBy(orderBy, seed, graph),
            OpSlice slice => Slice(slice, seed, graph),
            OpTopN top => RankedTopN(top, seed, graph),
            OpGroup group => Group(group, seed, graph),
            // SILENT turns the failure of the service into one solution that binds nothing (SPARQL 1.1 Federated Query §4).
            OpService { Silent: true } => [seed],
            OpService => throw new SparqlEvaluationException("SERVICE (federated query) is not enabled on this server."),
            _ => throw new SparqlEvaluationException("Unknown algebra operator " + op.GetType().Name + "."),
        };
    }

    private static TermId[] Clone(TermId[] row) => (TermId[])row.Clone();

    /// <summary>The merge of two compatible rows, or null when they disagree on a variable.</summary>
    private static TermId[]? Merge(TermId[] left, TermId[] right)
    {
        TermId[]? result = null;
        for (int i = 0; i < left.Length; i++)
        {
            var r = right[i];
            if (r.IsAny)
            {
                continue;
            }

            var l = left[i];
            if (l.IsAny)
            {
                result ??= Clone(left);
                result[i] = r;
            }
            else if (l != r)
            {
                return null;
            }
        }

        return result ?? Clone(left);
    }

    private IEnumerable<TermId[]> Join(IEnumerable<TermId[]> leftRows, IEnumerable<TermId[]> rightRows)
    {
        var right = new RowIndex([.. rightRows], Width);
        if (right.Count == 0)
        {
            yield break;
        }

        foreach (var l in leftRows)
        {
            _cancellation.ThrowIfCancellationRequested();
            foreach (var r in right.Candidates(l))
            {
                if (Merge(l, r) is { } merged)
                {
                    yield return merged;
                }
            }
        }
    }

    private IEnumerable<TermId[]> Filter(OpFilter op, TermId[] seed, TermId graph)
    {
        var condition = Compile(op.Condition, graph);
        foreach (var row in Evaluate(op.Input, seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            if (ExpressionCompiler.EffectiveBoolean(condition(row)) == true)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<TermId[]> Minus(IEnumerable<TermId[]> leftRows, RowIndex right)
    {
        foreach (var l in leftRows)
        {
            _cancellation.ThrowIfCancellationRequested();
            bool removed = false;
            foreach (var r in right.Candidates(l))
            {
                bool shared = false, compatible = true;
                for (int i = 0; i < l.Length && compatible; i++)
                {
                    if (!l[i].IsAny && !r[i].IsAny)
                    {
                        shared = true;
                        compatible = l[i] == r[i];
                    }
                }

                if (shared && compatible)
                {
                    removed = true;
                    break;
                }
            }

            if (!removed)
            {
                yield return l;
            }
        }
    }

    private IEnumerable<TermId[]> Extend(OpExtend op, TermId[] seed, TermId graph)
    {
        var expression = Compile(op.Expression, graph);
        var ids = ExpressionCompiler.CompileIds(op.Expression, _layout);
        int slot = _layout.Slot(op.Variable);
        foreach (var row in Evaluate(op.Input, seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            var id = ids is null ? TermId.Any : ids(row);
            if (id.IsAny)
            {
                var value = expression(row);
                if (value is null)
                {
                    yield return row;
                    continue;
                }

                id = _terms.Intern(value);
            }

            if (!row[slot].IsAny && row[slot] != id)
            {
                continue;
            }

            var extended = Clone(row);
            extended[slot] = id;
            _state.Carry(row, extended);
            yield return extended;
        }
    }

    private IEnumerable<TermId[]> EvaluateGraph(OpGraph op, TermId[] seed)
    {
        if (op.Name.Term is { } name)
        {
            if (!_terms.TryGetStored(name, out var id) || !_terms.Dataset.GetNamedGraphs().Contains(id))
            {
                return [];
            }

            return Evaluate(op.Input, seed, id);
        }

        int slot = _layout.Slot(op.Name.Variable!);
        return NamedGraphs(op.Input, seed, slot);
    }

    private IEnumerable<TermId[]> NamedGraphs(Op input, TermId[] seed, int slot)
    {
        var graphs = seed[slot].IsAny ? _terms.Dataset.GetNamedGraphs() : [seed[slot]];
        foreach (var g in graphs)
        {
            if (!_terms.Dataset.GetNamedGraphs().Contains(g))
            {
                continue;
            }

            // The pattern is evaluated without the graph variable and then joined with it (§18.6): a variable of the same
            // name inside the pattern must agree with the graph name, not be bound by it.
            foreach (var row in Evaluate(input, seed, g))
            {
                if (row[slot].IsAny)
                {
                    var bound = Clone(row);
                    bound[slot] = g;
                    yield return bound;
                }
                else if (row[slot] == g)
                {
                    yield return row;
                }
            }
        }
    }

    private IEnumerable<TermId[]> Values(OpValues op, TermId[] seed)
    {
        int[] slots = [.. op.Variables.Select(_layout.Slot)];
        foreach (var values in op.Rows)
        {
            var row = Clone(seed);
            bool compatible = true;
            for (int i = 0; i < slots.Length && compatible; i++)
            {
                if (values[i] is { } term)
                {
                    var id = _terms.Intern(term);
                    compatible = row[slots[i]].IsAny || row[slots[i]] == id;
                    row[slots[i]] = id;
                }
            }

            if (compatible)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<TermId[]> Project(OpProject op, TermId[] seed, TermId graph)
    {
        int[] slots = [.. op.Variables.Select(_layout.Slot)];

        // A sub-select sees only its own variables, so the seed is narrowed to them too.
        var innerSeed = EmptyRow();
        foreach (int slot in slots)
        {
            innerSeed[slot] = seed[slot];
        }

        foreach (var row in Evaluate(op.Input, innerSeed, graph))
        {
            var projected = EmptyRow();
            foreach (int slot in slots)
            {
                projected[slot] = row[slot];
            }

            yield return projected;
        }
    }

    private IEnumerable<TermId[]> OrderBy(OpOrderBy op, TermId[] seed, TermId graph)
    {
        var keys = op.Conditions.Select(c => (Expression: Compile(c.Expression, graph), c.Descending)).ToArray();
        var rows = Evaluate(op.Input, seed, graph).Select(row => (Row: row, Keys: keys.Select(k => k.Expression(row)).ToArray())).ToList();
        var sorted = rows.Order(Comparer<(TermId[] Row, Term?[] Keys)>.Create((x, y) =>
        {
            for (int i = 0; i < keys.Length; i++)
            {
                int c = TermComparer.OrderCompare(x.Keys[i], y.Keys[i]);
                if (c != 0)
                {
                    return keys[i].Descending ? -c : c;
                }
            }

            return 0;
        }));
        return sorted.Select(r => r.Row);
    }

    private IEnumerable<TermId[]> Slice(OpSlice op, TermId[] seed, TermId graph)
    {
        var rows = Evaluate(op.Input, seed, graph);
        if (op.Start > 0)
        {
            rows = rows.Skip((int)Math.Min(op.Start, int.MaxValue));
        }

        return op.Length is long length ? rows.Take((int)Math.Min(length, int.MaxValue)) : rows;
    }
}
