using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>EXISTS over one triple pattern, answered from a set of ids once it is asked often enough (q08).</summary>
internal sealed partial class AlgebraEvaluator
{
    /// <summary>A set is built once the lookups reach this fraction of the pattern's quads, so rare EXISTS never scan.</summary>
    private const int ExistsSetScanRatio = 16;

    private readonly Dictionary<(TriplePattern Pattern, int Position, TermId Graph), ExistsLookups> _existsLookups = [];

    /// <summary>
    /// EXISTS { pattern } for a solution: when the pattern is one triple with a constant and two variables of which the
    /// solution binds exactly one, the answer is whether that variable's value occurs at its position among the quads
    /// matching the constant — first by one seek per solution, then, once seeks add up to a scan, from a set of ids.
    /// </summary>
    private bool Exists(Op op, TermId[] row, TermId graph)
    {
        if (op is OpBgp { Patterns.Count: 1 } bgp && SetPosition(bgp.Patterns[0], row) is { } position)
        {
            var key = (bgp.Patterns[0], position.Index, graph);
            if (!_existsLookups.TryGetValue(key, out var lookups))
            {
                lookups = new ExistsLookups(position.Shape);
                _existsLookups.Add(key, lookups);
            }

            if (lookups.Values is null && ++lookups.Calls * ExistsSetScanRatio >= lookups.Estimate(_terms.Dataset))
            {
                lookups.Values = Collect(lookups.Shape, position.Index, graph);
            }

            if (lookups.Values is not null)
            {
                return lookups.Values.Contains(row[position.Slot]);
            }
        }

        return Evaluate(op, row, graph).Any();
    }

    /// <summary>Which position of the pattern the solution binds, when the pattern is (constant, bound, unbound) in some order.</summary>
    private (int Index, int Slot, QuadPattern Shape)? SetPosition(TriplePattern pattern, TermId[] row)
    {
        ReadOnlySpan<TermPattern> terms = [pattern.Subject, pattern.Predicate, pattern.Object];
        Span<TermId> constants = [TermId.Any, TermId.Any, TermId.Any];
        int bound = -1, boundSlot = -1, unbound = -1, constant = -1;
        for (int i = 0; i < 3; i++)
        {
            if (terms[i].Variable is { } v)
            {
                if (!_layout.TryGetSlot(v, out int slot))
                {
                    return null;
                }

                if (row[slot].IsAny)
                {
                    if (unbound >= 0)
                    {
                        return null;
                    }

                    unbound = i;
                }
                else
                {
                    if (bound >= 0)
                    {
                        return null;
                    }

                    bound = i;
                    boundSlot = slot;
                }
            }
            else if (terms[i].Term is Rdf.Iri or Rdf.Literal && constant < 0)
            {
                constant = i;
                constants[i] = _terms.TryGetStored(terms[i].Term!, out var id) ? id : TermId.Any;
                if (constants[i].IsAny)
                {
                    // A constant no quad holds: the lookups would find nothing, which the general path answers as fast.
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return bound >= 0 && unbound >= 0 && constant >= 0
            ? (bound, boundSlot, new QuadPattern(constants[0], constants[1], constants[2], TermId.Any))
            : null;
    }

    private HashSet<TermId> Collect(QuadPattern shape, int position, TermId graph)
    {
        var values = new HashSet<TermId>();
        using var cursor = _terms.Dataset.OpenCursor();
        cursor.Seek(shape with { Graph = graph });
        var batch = new EncodedQuad[BatchSize];
        int read;
        while ((read = cursor.Read(batch)) > 0)
        {
            _cancellation.ThrowIfCancellationRequested();
            foreach (ref readonly var quad in batch.AsSpan(0, read))
            {
                values.Add(position == 0 ? quad.Subject : position == 1 ? quad.Predicate : quad.Object);
            }
        }

        return values;
    }

    /// <summary>How often one EXISTS pattern was asked, and its set of values once built.</summary>
    private sealed class ExistsLookups(QuadPattern shape)
    {
        private long _estimate = -1;

        public QuadPattern Shape { get; } = shape;

        public long Calls { get; set; }

        public HashSet<TermId>? Values { get; set; }

        public long Estimate(IQueryableDataset dataset) => _estimate >= 0 ? _estimate : _estimate = dataset.EstimateQuads(Shape);
    }
}
